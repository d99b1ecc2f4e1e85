// A password check under the sign-in throttle (NCSC: throttle rather than lock for ever),
// shared by sign-in, unlocking a locked screen and changing a password: refused while the wait
// after earlier wrong passwords lasts, counted when wrong, forgotten when right, and every
// outcome written to the audit log, with the wait or lock said in plain words.
import { recordAuditEvent } from '../../../db/queries/access-log/audit-events';
import {
  claimAttempt,
  clearFailures,
  confirmFailure,
  LOCK_AFTER_FAILURES,
  LOCK_MS,
} from '../../../db/queries/auth/sign-in-failures';
import type { AuditKind } from '../../../db/schema';
import { londonTimeOf } from '../../../shared/time/london';
import type { ApiContext } from '../context';
import { decoyHash, verifyPassword } from '../../../db/password-hash';

/** Where a password is checked, what a wrong one is called there, and how each is audited. */
const CHECKS = {
  sign_in: {
    wrong: 'That username and password do not match.',
    failed: 'sign_in_failed',
    refused: 'sign_in_refused',
  },
  screen_unlock: {
    wrong: 'That password is not right.',
    failed: 'screen_unlock_failed',
    refused: 'screen_unlock_refused',
  },
  password_change: {
    wrong: 'Your current password is not right.',
    failed: 'password_change_failed',
    refused: 'password_change_refused',
  },
} satisfies Record<string, { wrong: string; failed: AuditKind; refused: AuditKind }>;

const LOCK_MINUTES = LOCK_MS / 60_000;

function secondsUntil(at: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

/** The London time (`HH:mm`) from which a locked account may try again: the minute rounded up. */
function fromTime(at: Date): string {
  return londonTimeOf(Math.ceil(at.getTime() / 60_000) * 60_000);
}

/** A wrong password's answer, saying how long to wait when the next attempt must. */
function afterWrongPassword(wrong: string, failures: number, retryAt: Date, now: Date): string {
  if (failures >= LOCK_AFTER_FAILURES)
    return `${wrong} After ${LOCK_AFTER_FAILURES} wrong passwords in a row the account is locked until ${fromTime(retryAt)}. An administrator can unlock it sooner.`;
  const left = LOCK_AFTER_FAILURES - failures;
  return `${wrong} Wait ${secondsUntil(retryAt, now)} before trying again. After ${left} more wrong ${left === 1 ? 'password' : 'passwords'} the account will be locked for ${LOCK_MINUTES} minutes.`;
}

/** The answer to an attempt made before the wait after earlier wrong passwords is over. */
function refusal(retryAt: Date, locked: boolean, now: Date): string {
  return locked
    ? `This account is locked after ${LOCK_AFTER_FAILURES} wrong passwords in a row. Try again from ${fromTime(retryAt)}, or ask an administrator to unlock it.`
    : `There have been too many wrong passwords in a row for this account. Wait ${secondsUntil(retryAt, now)}, then try again.`;
}

interface PasswordCheck {
  where: keyof typeof CHECKS;
  /** The username tried, or the account's own. */
  username: string;
  staffId: string | null;
  siteId: string | null;
  password: string;
  /** The account's hash; null when there is no such open account. */
  hash: string | null;
  /** Why it fails when it does, for the audit log only. */
  reason?: 'unknown_username' | 'account_closed';
  /** Checks the password another way (the council server, issue 21) under the same throttle. */
  verify?: () => Promise<boolean>;
}

/**
 * Checks a password under the throttle (db/queries/sign-in-failures.ts): refuses while the
 * wait after earlier wrong passwords lasts, counts a wrong one, forgets them after a right
 * one, and writes each outcome to the audit log.
 * @returns null when the password is right; otherwise what to tell the person, and whether
 * that is only "wrong" (`plain`) or also says to wait.
 */
export async function checkPassword(
  ctx: ApiContext,
  check: PasswordCheck,
): Promise<{ message: string; plain: boolean } | null> {
  const kinds = CHECKS[check.where];
  const audit = { staffId: check.staffId, username: check.username, siteId: check.siteId };
  const now = ctx.clock.now();
  const attempt = await claimAttempt(ctx.db, check.username, now);
  if (!attempt.allowed) {
    await recordAuditEvent(ctx.db, now, {
      kind: kinds.refused,
      ...audit,
      detail: {
        failures: attempt.failures,
        retryAt: attempt.retryAt.toISOString(),
        locked: attempt.locked,
      },
    });
    return { message: refusal(attempt.retryAt, attempt.locked, now), plain: false };
  }
  // An unknown username is checked against a decoy hash: the same work, so the same time.
  const right = check.verify
    ? await check.verify()
    : await verifyPassword(check.password, check.hash ?? (await decoyHash()));
  if (right && check.hash !== null) {
    await clearFailures(ctx.db, check.username);
    return null;
  }
  const failedAt = ctx.clock.now();
  const retryAt = await confirmFailure(ctx.db, check.username, attempt.failures, failedAt);
  await recordAuditEvent(ctx.db, failedAt, {
    kind: kinds.failed,
    ...audit,
    detail: { failures: attempt.failures, reason: check.reason ?? 'wrong_password' },
  });
  if (!retryAt) return { message: kinds.wrong, plain: true };
  if (attempt.failures >= LOCK_AFTER_FAILURES) {
    await recordAuditEvent(ctx.db, failedAt, {
      kind: 'account_locked',
      ...audit,
      detail: { failures: attempt.failures, until: retryAt.toISOString(), where: check.where },
    });
  }
  return {
    message: afterWrongPassword(kinds.wrong, attempt.failures, retryAt, failedAt),
    plain: false,
  };
}
