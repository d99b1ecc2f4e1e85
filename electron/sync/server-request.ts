// One request from this desk to the council server, signed with its identity. A network
// error, a timeout and an answer that is not JSON all come back as a reason, never thrown:
// push and pull stop their round with nothing marked, and the next round tries again.

export interface ServerAddress {
  serverUrl: string;
  deskId: string;
  secret: string;
  fetch?: typeof fetch;
  /** How long one request may take before the round gives up. */
  timeoutMs?: number;
}

export type ServerAnswer =
  { ok: true; body: unknown } | { ok: false; reason: string; status?: number; reached: boolean };

export async function serverRequest(
  to: ServerAddress,
  path: string,
  body?: unknown,
): Promise<ServerAnswer> {
  const doFetch = to.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${to.serverUrl.replace(/\/+$/, '')}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        authorization: `Bearer ${to.deskId}.${to.secret}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(to.timeoutMs ?? 60_000),
    });
  } catch (error) {
    const cause =
      (error as Error).name === 'TimeoutError' ? 'no answer in time' : (error as Error).message;
    return { ok: false, reached: false, reason: `Could not reach the council server: ${cause}` };
  }
  const parsed = (await response.json().catch(() => undefined)) as { error?: unknown } | undefined;
  if (!response.ok) {
    const said = typeof parsed?.error === 'string' ? `: ${parsed.error}` : '';
    return {
      ok: false,
      reached: true,
      status: response.status,
      reason: `The council server answered ${response.status}${said}`,
    };
  }
  if (parsed === undefined) {
    return { ok: false, reached: true, reason: 'The council server’s answer was not readable.' };
  }
  return { ok: true, body: parsed };
}
