// Staff administration (go-live issue, item 2), for administrators: add staff, reset a
// password, retire an account, change a role. A new or reset password is a one-time one made
// here and returned once; the person must choose their own when they sign in (dispatch.ts
// allows them nothing else). Each change is one logged transaction; those that touch a
// password or who may sign in are also written to the security audit log.
import type { StaffMember } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { ROLE_LABELS } from '../../../shared/domain/staff';
import { recordAuditEvent } from '../../../db/queries/access-log/audit-events';
import type { ReadableDB } from '../../../db/handles';
import {
  countOtherActiveAdministrators,
  findStaffById,
  findStaffByUsername,
  listStaffWithSites,
  type ListedStaff,
} from '../../../db/queries/staff/staff';
import {
  changeStaffRole,
  insertStaffAccount,
  issueOneTimePassword,
  placeStaff,
  retireStaffAccount,
} from '../../../db/queries/staff/account-changes';
import { inTransaction, newId, type Actor, type Tx } from '../../../db/write';
import type { AuditKind } from '../../../db/schema';
import { currentWaits, throttleKey } from '../../../db/queries/auth/sign-in-failures';
import type { Handlers } from '../context';
import { oneTimePassword } from './one-time-password';
import { hashPassword } from '../../../db/password-hash';
import { activeSite, teamOnList } from './staff-placement';

/** An administrator's action on someone's account, in the audit log beside the change log. */
function auditByAdministrator(
  tx: Tx,
  actor: Actor,
  kind: AuditKind,
  username: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  return recordAuditEvent(tx, actor.at, {
    kind,
    staffId: actor.staffId,
    username,
    siteId: actor.siteId,
    ...(detail ? { detail } : {}),
  });
}

type Waits = Map<string, { until: string; locked: boolean }>;

function memberOf(row: ListedStaff, waits: Waits = new Map()): StaffMember {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    site: { id: row.homeSiteId, name: row.siteName },
    team: row.team,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    signInWait: waits.get(throttleKey(row.username)) ?? null,
  };
}

async function memberById(db: ReadableDB, id: string): Promise<StaffMember> {
  const row = (await listStaffWithSites(db)).find((r) => r.id === id);
  if (!row) throw new ApiFailure('NOT_FOUND', 'There is no such member of staff.');
  return memberOf(row);
}

async function existing(db: ReadableDB, id: string) {
  const staff = await findStaffById(db, id);
  if (!staff)
    throw new ApiFailure(
      'NOT_FOUND',
      'That member of staff could not be found. Reload the list and try again.',
    );
  return staff;
}

/** The council must always keep someone who can run it. */
async function keepAnAdministrator(db: ReadableDB, staffId: string, doing: string): Promise<void> {
  if ((await countOtherActiveAdministrators(db, staffId)) === 0)
    throw new ApiFailure(
      'CONFLICT',
      `This is the only administrator, so you cannot ${doing}. Make someone else an administrator first.`,
    );
}

export const staffHandlers: Pick<
  Handlers,
  | 'staff.accounts'
  | 'staff.add'
  | 'staff.resetPassword'
  | 'staff.retire'
  | 'staff.changeRole'
  | 'staff.move'
> = {
  async 'staff.accounts'(ctx) {
    const [rows, waits] = await Promise.all([
      listStaffWithSites(ctx.db),
      currentWaits(ctx.db, ctx.clock.now()),
    ]);
    return rows.map((row) => memberOf(row, waits));
  },

  async 'staff.add'(ctx, input, call) {
    if (await findStaffByUsername(ctx.db, input.username)) {
      const message = `Someone already has the username ${input.username}. Choose another.`;
      throw new ApiFailure('CONFLICT', message, { username: message });
    }
    await activeSite(ctx.db, input.siteId);
    const password = oneTimePassword(input.username);
    const passwordHash = await hashPassword(password);
    const actor = call.actor();
    const id = newId();
    await inTransaction(ctx.db, async (tx) => {
      // Checked again inside the transaction: two administrators adding the same name at once.
      if (await findStaffByUsername(tx, input.username)) {
        const message = `Someone already has the username ${input.username}. Choose another.`;
        throw new ApiFailure('CONFLICT', message, { username: message });
      }
      await insertStaffAccount(tx, actor, {
        id,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        homeSiteId: input.siteId,
        team: await teamOnList(tx, actor, input.team),
        passwordHash,
        mustChangePassword: true,
      });
      await auditByAdministrator(tx, actor, 'staff_added', input.username, {
        role: input.role,
        oneTimePassword: 'issued',
      });
    });
    return { staff: await memberById(ctx.db, id), oneTimePassword: password };
  },

  async 'staff.resetPassword'(ctx, input, call) {
    const staff = await existing(ctx.db, input.staffId);
    if (!staff.active)
      throw new ApiFailure(
        'CONFLICT',
        `${staff.displayName}’s account is retired, so it has no password to reset.`,
      );
    const password = oneTimePassword(staff.username);
    const passwordHash = await hashPassword(password);
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      await issueOneTimePassword(tx, actor, staff.id, passwordHash);
      await auditByAdministrator(tx, actor, 'password_reset', staff.username);
    });
    // Whoever is signed in with the old password is signed out (an administrator resetting
    // their own password included: they sign in again with the new one).
    ctx.sessions.deleteAllOf(staff.id);
    if (staff.id === actor.staffId) call.issuedToken = null;
    return { staff: await memberById(ctx.db, staff.id), oneTimePassword: password };
  },

  async 'staff.retire'(ctx, input, call) {
    const staff = await existing(ctx.db, input.staffId);
    const actor = call.actor();
    if (staff.id === actor.staffId)
      throw new ApiFailure(
        'CONFLICT',
        'You cannot retire your own account. Ask another administrator to do it.',
      );
    if (!staff.active) return memberById(ctx.db, staff.id);
    await inTransaction(ctx.db, async (tx) => {
      if (staff.role === 'administrator')
        await keepAnAdministrator(tx, staff.id, 'retire their account');
      await retireStaffAccount(tx, actor, staff.id);
      await auditByAdministrator(tx, actor, 'staff_retired', staff.username);
    });
    ctx.sessions.deleteAllOf(staff.id);
    return memberById(ctx.db, staff.id);
  },

  async 'staff.move'(ctx, input, call) {
    const staff = await existing(ctx.db, input.staffId);
    if (!staff.active)
      throw new ApiFailure(
        'CONFLICT',
        `${staff.displayName}’s account is retired. Add a new account if they come back.`,
      );
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      await activeSite(tx, input.siteId);
      await placeStaff(tx, actor, staff.id, {
        homeSiteId: input.siteId,
        team: await teamOnList(tx, actor, input.team),
      });
    });
    return memberById(ctx.db, staff.id);
  },

  async 'staff.changeRole'(ctx, input, call) {
    const staff = await existing(ctx.db, input.staffId);
    if (!staff.active)
      throw new ApiFailure(
        'CONFLICT',
        `${staff.displayName}’s account is retired. Add a new account if they come back.`,
      );
    if (staff.role === input.role) return memberById(ctx.db, staff.id);
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      if (staff.role === 'administrator')
        await keepAnAdministrator(
          tx,
          staff.id,
          `change their role to ${ROLE_LABELS[input.role].toLowerCase()}`,
        );
      await changeStaffRole(tx, actor, staff.id, input.role);
      await auditByAdministrator(tx, actor, 'role_changed', staff.username, {
        from: staff.role,
        to: input.role,
      });
    });
    return memberById(ctx.db, staff.id);
  },
};
