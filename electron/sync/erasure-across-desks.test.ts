// An erasure reaches every desk (UK GDPR Article 17; issue 21): a team leader on desk A erases a
// customer at their request; desk B, which pulled the customer's contacts earlier, blanks them as
// desk A did once the anonymisation arrives, history included; and a contact desk B saved for
// the customer while it had not yet heard is blanked on desk A as it arrives; the server blanks
// its record tables and the history a new desk pulls. Real desks on SQLite, a real server on
// PostgreSQL.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { catchUpRecords } from '../../server/records/catch-up';
import { REMOVED } from '../../db/queries/data-protection/anonymise';
import { joinedDesk, recordContact, save, startCouncil, type JoinedDesk } from './sync.support';

const NOTE = 'Lives with his sister at 4 Mill Lane.';
const LATE_NOTE = 'Rang back from his sister’s number 07700 900123.';

/** Every place a desk could still hold a note: the contact rows and their whole history. */
function notesOn(desk: JoinedDesk, customerId: string) {
  const db = desk.backend.opened.database!.sqlite;
  const rows = db
    .prepare('select notes from contacts where customer_id = ? order by started_at')
    .pluck()
    .all(customerId) as string[];
  const history = db
    .prepare(
      `select count(*) from change_log where entity = 'contacts'
        and (coalesce(before, '') || coalesce(after, '')) like '%sister%'`,
    )
    .pluck()
    .get() as number;
  return { rows, historyMentions: history };
}

describe('an erasure across desks', () => {
  it('blanks the customer’s records on every desk, and a late one as it arrives', async () => {
    const council = await startCouncil();
    const a = await joinedDesk(council, 'Desk A');
    const b = await joinedDesk(council, 'Desk B');
    const tom = await save(a.backend, 'customers.create', {
      firstName: 'Tom',
      lastName: 'Brennan',
      confirmNew: true,
    });
    await recordContact(a.backend, tom.id, 0, { notes: NOTE });
    await a.sync();
    await b.sync();
    expect(notesOn(b, tom.id)).toEqual({ rows: [NOTE], historyMentions: 1 });

    // Desk B saves another contact for Tom, and his new phone number, before it hears of
    // the erasure.
    await recordContact(b.backend, tom.id, 20, { notes: LATE_NOTE });
    b.backend.clock.set('2026-11-23T10:05:00Z'); // later by the clock than the erasure
    await save(b.backend, 'customers.update', {
      id: tom.id,
      details: { firstName: 'Tom', lastName: 'Brennan', phone: '07700 900123' },
    });
    await a.backend.signIn('teamleader');
    await save(a.backend, 'customers.erase', { id: tom.id, reason: 'Customer asked in writing.' });
    expect(notesOn(a, tom.id)).toEqual({ rows: [REMOVED], historyMentions: 0 });
    await a.sync();

    // Desk B pushes its contact and pulls the erasure: everything it holds of Tom is blanked,
    // and its later edit of his phone is not kept, which its sync problems list says.
    expect(await b.sync()).toMatchObject({ waiting: 0, problems: 1 });
    expect(notesOn(b, tom.id)).toEqual({ rows: [REMOVED, REMOVED], historyMentions: 0 });
    const listed = await b.backend.call('sync.problems', {});
    expect(listed.ok && listed.value.map((p) => p.reason)).toEqual([
      "This customer's personal details had been erased on another desk; the edit was not kept.",
    ]);
    const name = (desk: JoinedDesk) =>
      desk.backend.opened
        .database!.sqlite.prepare('select display_name from customers where id = ?')
        .pluck()
        .get(tom.id);
    expect(name(b)).toBe('Anonymised customer');
    const phone = (desk: JoinedDesk) =>
      desk.backend.opened
        .database!.sqlite.prepare('select phone from customers where id = ?')
        .pluck()
        .get(tom.id);
    expect(phone(b)).toBeNull();

    // Desk A pulls desk B's late contact and blanks it as it arrives.
    expect(await a.sync()).toMatchObject({ problems: 0 });
    expect(notesOn(a, tom.id)).toEqual({ rows: [REMOVED, REMOVED], historyMentions: 0 });
    expect(phone(a)).toBeNull();

    // The council's own copy: its record tables and the history a new desk pulls.
    await catchUpRecords(council.db);
    const onServer = await sql<{ notes: string }>`select notes from records.contacts
      where customer_id = ${tom.id} order by started_at`.execute(council.db);
    expect(onServer.rows.map((r) => r.notes)).toEqual([REMOVED, REMOVED]);
    const history = await sql<{ n: number }>`select count(*)::int as n from changes
      where data::text like '%sister%' or data::text like '%Brennan%'
        or data::text like '%07700%'`.execute(council.db);
    expect(history.rows[0]!.n).toBe(0);
    const c = await joinedDesk(council, 'Desk C');
    expect(await c.sync()).toMatchObject({ problems: 0 });
    expect(notesOn(c, tom.id)).toEqual({ rows: [REMOVED, REMOVED], historyMentions: 0 });
  });
});
