// Throttling password guesses (go-live issue, item 4), after the NCSC's advice to throttle
// rather than lock accounts for ever: the first few wrong passwords cost nothing, each one
// after that makes the next attempt wait twice as long, and a run of them locks the account
// for a quarter of an hour (or until an administrator unlocks it). The count is per
// username as typed, so a username nobody has behaves exactly like a real one.
import { inTransaction, type Db } from '../../write';

/** Wrong passwords in a row allowed before any wait. */
export const FREE_ATTEMPTS = 5;
/** The wait after the FREE_ATTEMPTS-th wrong password, doubling after each further one. */
export const FIRST_WAIT_MS = 2_000;
/** Wrong passwords in a row that lock the account. */
export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MS = 15 * 60_000;

/** How long the next attempt must wait after `failures` wrong passwords in a row. */
export function waitAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  if (failures >= LOCK_AFTER_FAILURES) return LOCK_MS;
  return FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS);
}

/** The key a username is counted under: usernames match without regard to case. */
export function throttleKey(username: string): string {
  return username.trim().toLowerCase();
}

export type Attempt =
  /** Go ahead and check the password; `failures` counts this attempt as if it fails. */
  | { allowed: true; failures: number }
  /** Refused before the password is checked. */
  | { allowed: false; failures: number; retryAt: Date; locked: boolean };

/**
 * Claims an attempt for a username: refused while an earlier failure's wait lasts, otherwise
 * counted as a failure now (and forgotten again by `clearFailures` if the password is right).
 * Counting before the slow password check means guesses sent all at once are counted one by
 * one (the transaction runs alone), so they cannot all slip through before the first fails.
 */
export function claimAttempt(db: Db, username: string, now: Date): Promise<Attempt> {
  const key = throttleKey(username);
  return inTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom('sign_in_failures')
      .selectAll()
      .where('username', '=', key)
      .executeTakeFirst();
    if (row?.retry_at && now.getTime() < Date.parse(row.retry_at)) {
      return {
        allowed: false,
        failures: row.failures,
        retryAt: new Date(row.retry_at),
        locked: row.failures >= LOCK_AFTER_FAILURES,
      };
    }
    const failures = (row?.failures ?? 0) + 1;
    const values = {
      failures,
      last_failure_at: now.toISOString(),
      retry_at: retryAt(failures, now),
    };
    await tx
      .insertInto('sign_in_failures')
      .values({ username: key, ...values })
      .onConflict((oc) => oc.column('username').doUpdateSet(values))
      .execute();
    return { allowed: true, failures };
  });
}

function retryAt(failures: number, from: Date): string | null {
  const wait = waitAfter(failures);
  return wait === 0 ? null : new Date(from.getTime() + wait).toISOString();
}

/**
 * The claimed attempt failed: its wait runs from now, when the person sees the answer.
 * @returns when the next attempt may be made (null: at once).
 */
export async function confirmFailure(
  db: Db,
  username: string,
  failures: number,
  now: Date,
): Promise<Date | null> {
  const at = retryAt(failures, now);
  // A later attempt claimed meanwhile has set its own, later, wait: leave it.
  await db
    .updateTable('sign_in_failures')
    .set({ last_failure_at: now.toISOString(), retry_at: at })
    .where('username', '=', throttleKey(username))
    .where('failures', '=', failures)
    .execute();
  return at === null ? null : new Date(at);
}

/**
 * Forgets a username's wrong passwords: after a right one, or an administrator's unlock.
 * @returns how many there were.
 */
export async function clearFailures(db: Db, username: string): Promise<number> {
  const row = await db
    .deleteFrom('sign_in_failures')
    .where('username', '=', throttleKey(username))
    .returning('failures')
    .executeTakeFirst();
  return row?.failures ?? 0;
}

/** Usernames (as counted) that must still wait before their next attempt at `now`. */
export async function currentWaits(
  db: Db,
  now: Date,
): Promise<Map<string, { until: string; locked: boolean }>> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .select(['username', 'failures', 'retry_at'])
    .where('retry_at', '>', now.toISOString())
    .execute();
  return new Map(
    rows.map((r) => [
      r.username,
      { until: r.retry_at!, locked: r.failures >= LOCK_AFTER_FAILURES },
    ]),
  );
}
