// POST /enrol from the desk (issue 21): trades a one-time code, with what this PC holds, for
// the desk's identity. A server that cannot be reached, or that refuses, is a clear message
// by the field it is about; nothing is kept on the desk until the server has said yes.
import { ApiFailure } from '../../shared/api/errors';
import type { DeskHolds } from '../../shared/sync/wire';

export interface Enrolled {
  deskId: string;
  secret: string;
  siteId: string;
  /** The short code its references carry. */
  siteCode: string;
  issuingPoint: number;
  /** The server held no changes: a PC holding a council publishes its baseline. */
  serverEmpty: boolean;
}

export async function requestEnrolment(
  input: { serverUrl: string; code: string; deskName: string },
  holds: DeskHolds,
  options: { fetch?: typeof fetch; timeoutMs?: number },
): Promise<Enrolled> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${input.serverUrl}/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: input.code, name: input.deskName, holds }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch {
    throw new ApiFailure(
      'VALIDATION',
      `Could not reach a council server at ${input.serverUrl}. Check the address and that this PC is on the council's network.`,
      { serverUrl: 'No council server answered at this address.' },
    );
  }
  const body = (await response.json().catch(() => null)) as
    (Partial<Enrolled> & { siteCode?: string | null; error?: string }) | null;
  if (!response.ok || !body?.deskId || !body.secret || !body.siteId) {
    const said = body?.error ?? `The server answered ${response.status}.`;
    throw new ApiFailure('VALIDATION', said, { code: said });
  }
  return {
    deskId: body.deskId,
    secret: body.secret,
    siteId: body.siteId,
    siteCode: body.siteCode ?? body.siteId,
    issuingPoint: body.issuingPoint ?? 1,
    serverEmpty: body.serverEmpty === true,
  };
}
