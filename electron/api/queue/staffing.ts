// Whether the desks open at a site have anyone at them (issue 19, "Figures that mislead"). A
// desk is open in the database until someone closes it, but reception's "desks open" and the
// estimate for a new arrival must follow the person at it: signed out, screen locked, or idle
// past the council's lock time, and nobody can call the next visitor there.
import type { StaffPresence } from '../../../shared/domain/staff';
import { getSetting } from '../../../db/queries/settings/settings';
import {
  closeDesk,
  idleDesksOf,
  openDesksOf,
  setPresenceOf,
} from '../../../db/queries/queue/desks';
import { inTransaction, type Actor } from '../../../db/write';
import type { ApiContext } from '../context';

/**
 * A reader of each desk's presence now: from this PC's sessions and the lock time when the
 * person works here, else as the PC they work at last said (the desk's presence, issue 22).
 */
export async function deskPresence(ctx: ApiContext, now: Date) {
  const [lockAfterMinutes, maxHours] = await Promise.all([
    getSetting(ctx.db, 'security.lockAfterMinutes'),
    getSetting(ctx.db, 'security.sessionMaxHours'),
  ]);
  return (desk: {
    isOpen: boolean;
    staff_id: string | null;
    presence: StaffPresence;
  }): StaffPresence | null => {
    if (!desk.isOpen) return null;
    if (!desk.staff_id) return 'signed_out';
    if (ctx.sessions.hasSessionOf(desk.staff_id)) {
      return ctx.sessions.presenceOf(desk.staff_id, now, lockAfterMinutes, maxHours);
    }
    return desk.presence;
  };
}

/**
 * Boards showing a desk open for this person refresh now, not at their next poll, and the
 * desk says whether they are at it, for the site's other PCs (issue 22).
 */
export async function tellBoardsOf(
  ctx: ApiContext,
  actor: Actor & { staffId: string },
  presence: 'present' | 'locked',
): Promise<void> {
  await inTransaction(ctx.db, (tx) => setPresenceOf(tx, actor, actor.staffId, presence));
  const staffId = actor.staffId;
  const sites = new Set((await openDesksOf(ctx.db, staffId)).map((d) => d.site_id));
  for (const siteId of sites) ctx.events.emit('queue.changed', { siteId });
}

/**
 * Signing out closes the adviser's open desks, as closing the desk by hand would, logged as
 * their own action: a desk left open by someone who has gone home tells reception a desk is
 * open when nobody will call from it. A desk with a visitor called to it or being served
 * stays open (closing it would strand them; desks.close refuses the same); the board shows
 * it unstaffed until a team leader deals with the visitor. Not while the same person is
 * still signed in at another window of this desk.
 * @returns the names of the desks closed.
 */
export async function closeDesksOnSignOut(
  ctx: ApiContext,
  actor: Actor & { staffId: string },
): Promise<string[]> {
  if (ctx.sessions.hasSessionOf(actor.staffId)) return [];
  const closed = await inTransaction(ctx.db, async (tx) => {
    const desks = await idleDesksOf(tx, actor.staffId);
    for (const desk of desks) await closeDesk(tx, actor, desk.id);
    // A desk left open with a visitor at it: nobody is there now.
    await setPresenceOf(tx, actor, actor.staffId, 'signed_out');
    return desks;
  });
  const sites = new Set([
    ...closed.map((d) => d.site_id),
    ...(await openDesksOf(ctx.db, actor.staffId)).map((d) => d.site_id),
  ]);
  for (const siteId of sites) ctx.events.emit('queue.changed', { siteId });
  return closed.map((d) => d.name);
}
