import type { SessionInfo } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { listSites, siteById } from '../../../db/queries/reference/reference';
import { recordAuditEvent } from '../../../db/queries/access-log/audit-events';
import { getSetting } from '../../../db/queries/settings/settings';
import { readSyncState } from '../../../db/queries/sync/state';
import { clearFailures } from '../../../db/queries/auth/sign-in-failures';
import { countStaff, findStaffById, findStaffByUsername } from '../../../db/queries/staff/staff';
import { setOwnPassword } from '../../../db/queries/staff/account-changes';
import { inTransaction } from '../../../db/write';
import type { ApiContext, Handlers } from '../context';
import { requireActive } from '../require-active';
import { DEMO_ACCOUNTS } from '../setup/demo-council';
import { decoyHash, hashPassword, verifyPassword } from '../../../db/password-hash';
import { keepVerifier } from '../../../db/queries/sync/verifiers';
import { checkPassword } from './password-check';
import { passwordProblem } from './password-rules';
import { sessionEndsAt, type Session } from '../sessions';
import { closeDesksOnSignOut, tellBoardsOf } from '../queue/staffing';

const WRONG_DETAILS = 'That username and password do not match. Check them and try again.';
/** Said to everyone on a desk joined to a council server, so it reveals nothing about an account. */
const JOINED_DESK_HINT =
  ' If your account was set up at another desk, this PC cannot check your password yet: ask an administrator to set one for you here.';

/**
 * Signing in on a desk joined to a council server (issue 21): online, the server decides, and
 * a right password leaves the person's hash here so this desk can check them offline later;
 * offline (or with no server), the desk checks the hash it holds, which it has only for people
 * who signed in here before or were given a password here.
 */
async function verifyOnlineFirst(
  ctx: ApiContext,
  input: { username: string; password: string },
  staff: { id: string; passwordHash: string } | undefined,
): Promise<boolean> {
  const online = staff ? await ctx.sync.checkOnServer(input.username, input.password) : null;
  if (online === null) {
    return verifyPassword(input.password, staff?.passwordHash ?? (await decoyHash()));
  }
  if (!online.match || online.staffId !== staff!.id) return false;
  if (online.verifier !== staff!.passwordHash) {
    await inTransaction(ctx.db, (tx) => keepVerifier(tx, staff!.id, online.verifier));
  }
  return true;
}

async function sessionInfo(ctx: ApiContext, session: Session): Promise<SessionInfo> {
  const [staff, site, lockAfterMinutes, maxHours] = await Promise.all([
    findStaffById(ctx.db, session.staffId),
    siteById(ctx.db, session.siteId),
    getSetting(ctx.db, 'security.lockAfterMinutes'),
    getSetting(ctx.db, 'security.sessionMaxHours'),
  ]);
  if (!staff || !site)
    throw new ApiFailure('UNAUTHENTICATED', 'Your account is no longer active. Sign in again.');
  return {
    staff: {
      id: staff.id,
      username: staff.username,
      displayName: staff.displayName,
      role: staff.role,
      team: staff.team,
    },
    site,
    locked: session.locked,
    lockAfterMinutes,
    endsAt: sessionEndsAt(session, maxHours).toISOString(),
    mustChangePassword: staff.mustChangePassword,
  };
}

export const authHandlers: Pick<
  Handlers,
  | 'auth.signIn'
  | 'auth.signInOptions'
  | 'auth.session'
  | 'auth.signOut'
  | 'auth.heartbeat'
  | 'auth.lock'
  | 'auth.unlock'
  | 'auth.unlockAccount'
  | 'auth.changePassword'
> = {
  async 'auth.signIn'(ctx, input, call) {
    // An unknown username, a closed account and a wrong password get the same answer, after
    // the same work, and count towards the same throttle.
    const found = await findStaffByUsername(ctx.db, input.username);
    const staff = found?.active ? found : undefined;
    const problem = await checkPassword(ctx, {
      where: 'sign_in',
      username: input.username,
      staffId: found?.id ?? null,
      siteId: input.siteId ?? null,
      password: input.password,
      hash: staff?.passwordHash ?? null,
      ...(!found ? { reason: 'unknown_username' } : !staff ? { reason: 'account_closed' } : {}),
      verify: () => verifyOnlineFirst(ctx, input, staff),
    });
    if (problem || !staff) {
      const joined = (await readSyncState(ctx.db)).identity !== null;
      throw new ApiFailure(
        'UNAUTHENTICATED',
        !problem || problem.plain
          ? `${WRONG_DETAILS}${joined ? JOINED_DESK_HINT : ''}`
          : problem.message,
      );
    }
    const siteId = input.siteId ?? staff.homeSiteId;
    await requireActive(
      ctx.db,
      'sites',
      siteId,
      'siteId',
      'Choose a site from the list.',
      'Choose the site you are working at from the list.',
    );
    if (call.session) ctx.sessions.delete(call.session.token);
    const session = ctx.sessions.create(staff.id, staff.role, siteId, ctx.clock.now());
    call.issuedToken = session.token;
    // Back at a desk left open (a visitor was at it when they signed out).
    const at = ctx.clock.now();
    await tellBoardsOf(ctx, { staffId: staff.id, siteId, at }, 'present');
    await recordAuditEvent(ctx.db, ctx.clock.now(), {
      kind: 'signed_in',
      staffId: staff.id,
      username: staff.username,
      siteId,
    });
    return sessionInfo(ctx, session);
  },

  async 'auth.signInOptions'(ctx) {
    const [sites, councilName, showDemo, staff] = await Promise.all([
      listSites(ctx.db),
      getSetting(ctx.db, 'council.name'),
      getSetting(ctx.db, 'demo.showAccounts'),
      countStaff(ctx.db),
    ]);
    return {
      councilName,
      firstRun: staff === 0,
      joinedServer: (await ctx.sync.status()).serverUrl,
      demo: showDemo,
      sites: sites.map((s) => ({ id: s.id, name: s.name })),
      demoAccounts: showDemo
        ? DEMO_ACCOUNTS.map(({ username, password, role }) => ({ username, password, role }))
        : null,
    };
  },

  async 'auth.session'(ctx, _input, call) {
    return call.session ? sessionInfo(ctx, call.session) : null;
  },

  async 'auth.signOut'(ctx, _input, call) {
    const session = call.requireSession();
    const actor = call.actor();
    ctx.sessions.delete(session.token);
    call.issuedToken = null;
    // A desk left open by someone who has gone home misleads reception (issue 19).
    await closeDesksOnSignOut(ctx, { ...actor, staffId: session.staffId });
    await recordAuditEvent(ctx.db, ctx.clock.now(), {
      kind: 'signed_out',
      staffId: session.staffId,
      username: null,
      siteId: session.siteId,
    });
    return null;
  },

  async 'auth.heartbeat'() {
    return Promise.resolve(null); // dispatch already recorded the activity
  },

  async 'auth.lock'(ctx, _input, call) {
    const session = call.requireSession();
    session.locked = true;
    // Their desk is no longer staffed, here and on the site's other PCs.
    await tellBoardsOf(ctx, { ...call.actor(), staffId: session.staffId }, 'locked');
    return null;
  },

  async 'auth.unlock'(ctx, input, call) {
    const session = call.requireSession();
    const staff = await findStaffById(ctx.db, session.staffId);
    if (!staff?.active)
      throw new ApiFailure('UNAUTHENTICATED', 'Your account is no longer active. Sign in again.');
    // Wrong passwords here count towards the same throttle as at sign-in.
    const problem = await checkPassword(ctx, {
      where: 'screen_unlock',
      username: staff.username,
      staffId: staff.id,
      siteId: session.siteId,
      password: input.password,
      hash: staff.passwordHash,
    });
    if (problem) {
      throw new ApiFailure(
        'VALIDATION',
        problem.plain ? 'That password is not right. Try again, or sign out.' : problem.message,
        { password: problem.message },
      );
    }
    session.locked = false;
    ctx.sessions.touch(session, ctx.clock.now());
    await tellBoardsOf(ctx, { ...call.actor(), staffId: session.staffId }, 'present');
    await recordAuditEvent(ctx.db, ctx.clock.now(), {
      kind: 'screen_unlocked',
      staffId: staff.id,
      username: staff.username,
      siteId: session.siteId,
    });
    return sessionInfo(ctx, session);
  },

  async 'auth.unlockAccount'(ctx, input, call) {
    const administrator = call.requireSession();
    const staff = await findStaffByUsername(ctx.db, input.username);
    if (!staff) {
      const message = 'There is no account with that username. Check the spelling.';
      throw new ApiFailure('NOT_FOUND', message, { username: message });
    }
    const failures = await clearFailures(ctx.db, staff.username);
    await recordAuditEvent(ctx.db, ctx.clock.now(), {
      kind: 'account_unlocked',
      staffId: administrator.staffId,
      username: staff.username,
      siteId: administrator.siteId,
      detail: { failuresCleared: failures },
    });
    return { username: staff.username, displayName: staff.displayName, failuresCleared: failures };
  },

  async 'auth.changePassword'(ctx, input, call) {
    const session = call.requireSession();
    const staff = await findStaffById(ctx.db, session.staffId);
    if (!staff)
      throw new ApiFailure('UNAUTHENTICATED', 'Your account is no longer active. Sign in again.');
    const rule =
      input.newPassword === input.currentPassword
        ? 'Choose a new password, not the one you use now.'
        : passwordProblem(input.newPassword, staff.username);
    if (rule) throw new ApiFailure('VALIDATION', rule, { newPassword: rule });
    // A session left open must not become a way to guess the password without the throttle.
    const problem = await checkPassword(ctx, {
      where: 'password_change',
      username: staff.username,
      staffId: staff.id,
      siteId: session.siteId,
      password: input.currentPassword,
      hash: staff.passwordHash,
    });
    if (problem)
      throw new ApiFailure('VALIDATION', problem.message, { currentPassword: problem.message });
    const hash = await hashPassword(input.newPassword);
    // Their own password now: a one-time one an administrator gave out is done with.
    await inTransaction(ctx.db, (tx) => setOwnPassword(tx, call.actor(), staff.id, hash));
    session.mustChangePassword = false;
    ctx.sessions.deleteOthersOf(staff.id, session.token); // signed in elsewhere with the old one
    await recordAuditEvent(ctx.db, ctx.clock.now(), {
      kind: 'password_changed',
      staffId: staff.id,
      username: staff.username,
      siteId: session.siteId,
    });
    return null;
  },
};
