// Two desks and a council server (issue 21's offline profile): once a contact is older than the
// days a desk keeps, the desk lets go of it after a round that leaves nothing waiting, once a
// day. Another desk's later void of that contact passes quietly there: no error, no sync
// problem, the contact does not come back, and the desk's pulls go on.
import { describe, expect, it } from 'vitest';
import { joinedDesk, recordContact, save, startCouncil, type JoinedDesk } from './sync.support';

const holds = (desk: JoinedDesk, id: string) =>
  desk.backend.opened
    .database!.sqlite.prepare('select count(*) from contacts where id = ?')
    .pluck()
    .get(id) as number;

const entries = (desk: JoinedDesk, id: string) =>
  desk.backend.opened
    .database!.sqlite.prepare('select count(*) from change_log where entity_id = ?')
    .pluck()
    .get(id) as number;

const lastTrim = (desk: JoinedDesk) =>
  desk.backend.opened.database!.sqlite.prepare('select last_trim_on from sync_state').pluck().get();

/** Both desks' clocks on to `at`, their people signed in again (sessions end overnight). */
async function moveOn(desks: JoinedDesk[], at: string) {
  for (const desk of desks) {
    desk.backend.clock.set(at);
    await desk.backend.signIn('adviser');
  }
}

describe('a joined desk trimmed to its offline profile', () => {
  it('lets an old contact go and passes over a later void of it from another desk', async () => {
    const council = await startCouncil();
    const a = await joinedDesk(council, 'Desk A');
    const b = await joinedDesk(council, 'Desk B');
    const contact = await recordContact(a.backend);
    await a.sync();
    await b.sync();
    expect(holds(b, contact.id)).toBe(1);
    expect(lastTrim(b)).toBe('2026-11-23'); // trimmed today already: nothing was old enough

    // 100 days on: older than the 90 days a desk keeps by default.
    await moveOn([a, b], '2027-03-03T10:00:00Z');
    expect(await b.sync()).toMatchObject({ waiting: 0, problems: 0 });
    expect(holds(b, contact.id)).toBe(0);
    expect(entries(b, contact.id)).toBe(0);
    expect(lastTrim(b)).toBe('2027-03-03');

    // Past its own day only a team leader may void it.
    await a.backend.signIn('teamleader');
    await save(a.backend, 'contacts.void', {
      id: contact.id,
      reason: 'Recorded on the wrong customer',
    });
    expect((await a.sync()).waiting).toBe(0);
    expect(await b.sync()).toMatchObject({ problems: 0, online: true });
    expect(holds(b, contact.id)).toBe(0);
    expect(entries(b, contact.id)).toBe(0);

    // The desk's pulls go on: a contact of today arrives as ever.
    const today = await save(a.backend, 'contacts.record', {
      channel: 'telephone',
      serviceId: contact.serviceId,
      interactionTypeId: contact.interactionTypeId,
      customerTypeId: contact.customerTypeId,
      outcome: 'resolved',
      startedAt: '2027-03-03T09:10:00Z',
      endedAt: '2027-03-03T09:15:00Z',
    });
    await a.sync();
    expect(await b.sync()).toMatchObject({ problems: 0 });
    expect(holds(b, today.id)).toBe(1);
  });
});
