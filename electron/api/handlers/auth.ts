import type { SessionInfo } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { listSites } from '../../../db/queries/reference';
import { getSetting } from '../../../db/queries/settings';
import { findStaffById, findStaffByUsername } from '../../../db/queries/staff';
import type { ApiContext, Handlers } from '../context';
import { DEMO_ACCOUNTS } from '../first-run';
import { decoyHash, verifyPassword } from '../password';
import type { Session } from '../sessions';

const WRONG_DETAILS = 'That username and password do not match. Check them and try again.';

async function sessionInfo(ctx: ApiContext, session: Session): Promise<SessionInfo> {
  const [staff, site, lockAfterMinutes] = await Promise.all([
    findStaffById(ctx.db, session.staffId),
    ctx.db
      .selectFrom('sites')
      .select(['id', 'name'])
      .where('id', '=', session.siteId)
      .executeTakeFirst(),
    getSetting(ctx.db, 'security.lockAfterMinutes'),
  ]);
  if (!staff || !site)
    throw new ApiFailure('UNAUTHENTICATED', 'Your account is no longer active. Sign in again.');
  return {
    staff: {
      id: staff.id,
      username: staff.username,
      displayName: staff.display_name,
      role: staff.role,
    },
    site,
    locked: session.locked,
    lockAfterMinutes,
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
> = {
  async 'auth.signIn'(ctx, input, call) {
    const staff = await findStaffByUsername(ctx.db, input.username);
    if (!staff || staff.active !== 1) {
      await verifyPassword(input.password, await decoyHash()); // same time as a real check
      throw new ApiFailure('UNAUTHENTICATED', WRONG_DETAILS, { username: WRONG_DETAILS });
    }
    if (!(await verifyPassword(input.password, staff.password_hash))) {
      throw new ApiFailure('UNAUTHENTICATED', WRONG_DETAILS, { password: WRONG_DETAILS });
    }
    const siteId = input.siteId ?? staff.home_site_id;
    const site = await ctx.db
      .selectFrom('sites')
      .select('id')
      .where('id', '=', siteId)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (!site)
      throw new ApiFailure('VALIDATION', 'Choose the site you are working at from the list.', {
        siteId: 'Choose a site from the list.',
      });
    if (call.session) ctx.sessions.delete(call.session.token);
    const session = ctx.sessions.create(staff.id, staff.role, siteId, ctx.clock.now());
    call.issuedToken = session.token;
    return sessionInfo(ctx, session);
  },

  async 'auth.signInOptions'(ctx) {
    const [sites, councilName, showDemo] = await Promise.all([
      listSites(ctx.db),
      getSetting(ctx.db, 'council.name'),
      getSetting(ctx.db, 'demo.showAccounts'),
    ]);
    return {
      councilName,
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
    ctx.sessions.delete(session.token);
    call.issuedToken = null;
    return Promise.resolve(null);
  },

  async 'auth.heartbeat'() {
    return Promise.resolve(null); // dispatch already recorded the activity
  },

  async 'auth.lock'(_ctx, _input, call) {
    call.requireSession().locked = true;
    return Promise.resolve(null);
  },

  async 'auth.unlock'(ctx, input, call) {
    const session = call.requireSession();
    const staff = await findStaffById(ctx.db, session.staffId);
    if (!staff || staff.active !== 1)
      throw new ApiFailure('UNAUTHENTICATED', 'Your account is no longer active. Sign in again.');
    if (!(await verifyPassword(input.password, staff.password_hash))) {
      throw new ApiFailure('VALIDATION', 'That password is not right. Try again, or sign out.', {
        password: 'That password is not right.',
      });
    }
    session.locked = false;
    ctx.sessions.touch(session, ctx.clock.now());
    return sessionInfo(ctx, session);
  },
};
