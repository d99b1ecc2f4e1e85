// The council server's record tables (issue 23): after a morning's mixed work on two desks
// (customers made and edited on both, contacts, a voided contact, letters, the queue) every
// table a desk syncs reads on the server exactly as on a desk that holds everything, row for
// row and field for field, so the desk's report queries can run there on the same records.
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { referenceIds } from '../../test/support/backend';
import { SYNCED_ENTITIES } from '../../db/queries/sync/synced-tables';
import { catchUpRecords } from '../../server/records/catch-up';
import { joinedDesk, recordContact, save, startCouncil, type JoinedDesk } from './sync.support';

/** Every value as text (PostgreSQL's bigint arrives as text), null kept. */
const asText = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([column]) => column !== 'password_hash')
      .map(([column, value]) => [column, value === null ? null : String(value as string | number)]),
  );

/**
 * The desk's rows that travel: those its log sends or took from the server. (A test back end's
 * own calls, a sign-in say, carry no mutation id and stay on the desk; the screens' always do.)
 */
function deskRows(desk: JoinedDesk, table: string) {
  const key = table === 'settings' ? 'key' : 'id';
  const travelled = `select entity_id from change_log where entity = ? and mutation_id is not null`;
  return (
    desk.backend.opened
      .database!.sqlite.prepare(
        `select * from ${table} where ${key} in (${travelled}) order by ${key}`,
      )
      .all(table) as Record<string, unknown>[]
  ).map(asText);
}

async function morning() {
  const council = await startCouncil();
  const a = await joinedDesk(council, 'Desk A');
  const b = await joinedDesk(council, 'Desk B');
  const ids = await referenceIds(a.backend);
  const rita = await save(a.backend, 'customers.create', {
    firstName: 'Rita',
    lastName: 'Okafor',
    postcode: 'WA8 7QA',
    confirmNew: true,
  });
  await recordContact(a.backend, rita.id, 9);
  const second = await recordContact(a.backend, rita.id, 10);
  await a.sync();
  await b.sync();
  await recordContact(b.backend, rita.id, 11);
  await save(b.backend, 'customers.update', {
    id: rita.id,
    details: { ...(await detailsOf(b, rita.id)), phone: '07700 900123' },
  });
  await b.backend.signIn('teamleader');
  await save(b.backend, 'contacts.void', {
    id: second.id,
    reason: 'Recorded on the wrong customer',
  });
  const lists = await a.backend.call('reference.list', {});
  if (!lists.ok) throw new Error(lists.error.message);
  const site = lists.value.sites.find((s) => s.kind === 'one_stop_shop')!;
  await save(a.backend, 'queue.checkIn', { siteId: site.id, serviceId: ids.councilTax });
  for (const desk of [a, b, a]) await desk.sync();
  // The records follow the pushes a moment behind (server/records/catch-up.ts).
  await catchUpRecords(council.db);
  return { council, a, b };
}

async function detailsOf(desk: JoinedDesk, id: string) {
  const view = await desk.backend.call('customers.view', { id });
  if (!view.ok) throw new Error(view.error.message);
  return view.value.details;
}

describe('the council server’s record tables', () => {
  it('read exactly as a desk that holds everything, table by table', async () => {
    const { council, a } = await morning();
    for (const table of [...SYNCED_ENTITIES].sort()) {
      if (table === 'duplicate_candidates') continue;
      const key = table === 'settings' ? 'key' : 'id';
      const { rows } = await sql<Record<string, unknown>>`
        select * from ${sql.table(`records.${table}`)} order by ${sql.ref(key)}`.execute(
        council.db,
      );
      expect(rows.map(asText), table).toEqual(deskRows(a, table));
    }
  });

  it('keep the same contact tallies as the desk, hour by hour and day by day', async () => {
    const { council, a } = await morning();
    const tallies = {
      contact_hours: 'hour, site_id, staff_id',
      contact_site_tallies: 'date, site_id, dimension, key',
      contact_staff_tallies: 'staff_id, date, site_id, dimension, key',
    };
    for (const [table, key] of Object.entries(tallies)) {
      // A tally brought back to nothing (a voided contact's) reads as no figure at all.
      const { rows } = await sql<Record<string, unknown>>`
        select * from ${sql.table(`records.${table}`)} where contacts <> 0
        order by ${sql.raw(key)}`.execute(council.db);
      const desk = a.backend.opened
        .database!.sqlite.prepare(`select * from ${table} where contacts <> 0 order by ${key}`)
        .all() as Record<string, unknown>[];
      expect(rows.map(asText), table).toEqual(desk.map(asText));
      expect(rows.length, table).toBeGreaterThan(0);
    }
  });
});
