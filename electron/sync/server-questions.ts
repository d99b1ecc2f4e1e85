// What a joined desk asks the council server while someone waits at the screen: whether a
// password is right (signing in online, issue 21) and whether this desk may call a visitor
// (issue 22). Each answer is checked before it is believed; an answer that cannot be read
// counts as no answer, and the desk falls back to what it holds.
import type { VisitAction } from '../../shared/domain/visits';
import type { StepCheck } from '../../shared/sync/wire';
import { serverRequest, type ServerAddress } from './server-request';

/** The person's id and hash when the password is right, `{ match: false }`, or null: no answer. */
export async function askSignIn(
  address: ServerAddress,
  username: string,
  password: string,
): Promise<{ match: true; staffId: string; verifier: string } | { match: false } | null> {
  const answer = await serverRequest({ ...address, timeoutMs: 5_000 }, '/sync/sign-in', {
    username,
    password,
  });
  if (!answer.ok) return null;
  const body = answer.body as { match?: unknown; staffId?: unknown; verifier?: unknown };
  if (body.match === false) return { match: false };
  if (
    body.match === true &&
    typeof body.staffId === 'string' &&
    typeof body.verifier === 'string' &&
    body.verifier.startsWith('scrypt$')
  ) {
    return { match: true, staffId: body.staffId, verifier: body.verifier };
  }
  return null;
}

/** Reads the server's answer to a queue question; anything else counts as no answer. */
function stepCheckOf(answer: Awaited<ReturnType<typeof serverRequest>>): StepCheck {
  if (!answer.ok) return { status: 'unreachable' };
  const body = answer.body as { status?: unknown; reason?: unknown };
  if (body.status === 'granted' || body.status === 'unknown') return { status: body.status };
  if (body.status === 'refused' && typeof body.reason === 'string') {
    return { status: 'refused', reason: body.reason };
  }
  return { status: 'unreachable' }; // an answer this desk cannot read
}

/** Whether the server grants this step of a visit (server/queue/step-claims.ts). */
export async function askStep(
  address: ServerAddress,
  visitId: string,
  action: VisitAction,
  serviceDesk: { id: string; name: string } | null,
): Promise<StepCheck> {
  return stepCheckOf(
    await serverRequest({ ...address, timeoutMs: 5_000 }, '/queue/step', {
      visitId,
      action,
      ...(serviceDesk ? { serviceDeskId: serviceDesk.id, serviceDeskName: serviceDesk.name } : {}),
    }),
  );
}

/** Whether the server grants checking this appointment in. */
export async function askCheckIn(
  address: ServerAddress,
  appointmentId: string,
): Promise<StepCheck> {
  return stepCheckOf(
    await serverRequest({ ...address, timeoutMs: 5_000 }, '/queue/check-in', { appointmentId }),
  );
}

/** How long a council-wide report may take: the server stops any statement after a minute. */
const FIGURES_TIMEOUT_MS = 120_000;

/** The council server's figures for a desk's team leader (server/records/report-routes.ts). */
export async function askFigures(
  address: ServerAddress,
  report: string,
  staffId: string,
  input: unknown,
  now: Date,
): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  const answer = await serverRequest({ ...address, timeoutMs: FIGURES_TIMEOUT_MS }, '/reports', {
    report,
    staffId,
    now: now.toISOString(),
    input,
  });
  if (answer.ok) {
    const value = (answer.body as { value?: unknown } | null)?.value;
    if (value && typeof value === 'object') return { ok: true, value };
    return { ok: false, reason: 'The council server’s answer could not be read.' };
  }
  if (!answer.reached) return { ok: false, reason: 'The council server could not be reached.' };
  // Its own words where it gave a reason meant for people (a report stopped, a role refused).
  const said = / answered (?:403|503): (.*)$/.exec(answer.reason)?.[1];
  return {
    ok: false,
    reason:
      said ??
      `The council server could not work them out (${answer.status ? `it answered ${answer.status}` : answer.reason}).`,
  };
}
