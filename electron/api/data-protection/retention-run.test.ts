// The retention run (UK GDPR Art. 5(1)(e)) on a customer last in touch in November 2019,
// seven years before "now" (Monday 23 November 2026), beside one in touch this week: the old
// one's details and their change history are blanked, the recent one's kept, and every figure
// for November 2019 (the daily stats, the NeSDS evidence, letters and complaints) is exactly
// what it was before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '../backend';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';
import {
  CASE_PERSON,
  closeCustomerCase,
  customerCase,
  type CustomerCase,
} from '../../../test/support/customer-case';
import { statsFixture } from '../../../test/support/stats-fixture';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend('2019-11-25T10:00:00Z'); // a Monday
});
afterEach(() => backend.close());

const NOW = '2026-11-23T10:00:00Z';
const NOVEMBER_2019 = { from: '2019-11-01', to: '2019-11-30' };
const sqlite = () => backend.opened.database!.sqlite;

/** Every table and column where `words` still appear (the audit log aside). */
function tablesHolding(words: string): string[] {
  const tables = sqlite()
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
       and name <> 'audit_events'`,
    )
    .pluck()
    .all() as string[];
  const found: string[] = [];
  for (const table of tables) {
    const columns = sqlite()
      .prepare(`select name from pragma_table_info(?)`)
      .pluck()
      .all(table) as string[];
    for (const column of columns) {
      const n = sqlite()
        .prepare(`select count(*) from "${table}" where cast("${column}" as text) like ?`)
        .pluck()
        .get(`%${words}%`) as number;
      if (n > 0) found.push(`${table}.${column}`);
    }
  }
  return found;
}

/** November 2019: the customer's case, a walk-in who gave only a name, an unlinked call. */
async function november2019(): Promise<CustomerCase> {
  const c = await customerCase(backend);
  const ids = await referenceIds(backend);
  const f = statsFixture(backend);
  const seen = f.visit({ arrived: '2019-11-25T09:00:00Z', firstSeen: '2019-11-25T09:12:00Z' });
  sqlite()
    .prepare(`update visits set customer_id = ?, customer_name = ? where id = ?`)
    .run(c.customerId, `${CASE_PERSON.firstName} ${CASE_PERSON.lastName}`, seen);
  const walkIn = f.visit({ arrived: '2019-11-25T09:30:00Z', firstSeen: '2019-11-25T09:35:00Z' });
  sqlite().prepare(`update visits set customer_name = 'Wendy Walkinshaw' where id = ?`).run(walkIn);
  await ok(
    backend.call('contacts.record', {
      channel: 'telephone',
      serviceId: ids.councilTax,
      interactionTypeId: ids.providingInformation,
      customerTypeId: ids.citizen,
      outcome: 'resolved',
      notes: 'Wendy Walkinshaw asked about her bin day.',
      startedAt: '2019-11-25T09:40:00Z',
      endedAt: '2019-11-25T09:45:00Z',
    }),
  );
  await closeCustomerCase(backend, c);
  return c;
}

/** The figures a team leader would read for November 2019. */
async function figures() {
  await backend.signIn('teamleader');
  return {
    day: await ok(backend.call('stats.report', { from: '2019-11-25', to: '2019-11-25' })),
    month: await ok(backend.call('stats.report', NOVEMBER_2019)),
    nesds: await ok(backend.call('nesds.evidence', NOVEMBER_2019)),
    complaints: await ok(backend.call('feedback.figures', NOVEMBER_2019)),
    letters: await ok(backend.call('correspondence.figures', NOVEMBER_2019)),
  };
}

async function recentCustomer(): Promise<string> {
  await backend.signIn('adviser');
  return (
    await ok(
      backend.call('customers.create', {
        firstName: 'Rhiannon',
        lastName: 'Recentley',
        phone: '0151 555 0199',
      }),
    )
  ).id;
}

describe('the retention run', () => {
  it('blanks a customer past retention and their history, and no figure moves', async () => {
    const c = await november2019();
    // The words an adviser searched with in 2019 go too; today's search stays.
    await backend.signIn('adviser');
    await ok(backend.call('customers.find', { query: CASE_PERSON.lastName }));
    backend.clock.set(NOW);
    const recent = await recentCustomer();
    await ok(backend.call('customers.find', { query: 'Recentley' }));
    const before = await figures();
    expect(before.month.sections.length).toBeGreaterThan(0);
    expect(tablesHolding(CASE_PERSON.lastName).length).toBeGreaterThan(5);

    await backend.signIn('admin');
    const result = await ok(backend.call('dataProtection.anonymiseExpired', {}));
    expect(result).toEqual({
      at: '2026-11-23T10:00:00.000Z',
      customers: 1,
      customersHeldOpen: 0,
      visitorNames: 1,
      unlinkedRecords: 1,
    });

    expect(await figures()).toEqual(before);
    for (const value of [...Object.values(CASE_PERSON), 'Walkinshaw'])
      expect(tablesHolding(value), value).toEqual([]);
    const row = sqlite()
      .prepare('select display_name, anonymised_at from customers where id = ?')
      .get(c.customerId);
    expect(row).toEqual({
      display_name: 'Anonymised customer',
      anonymised_at: '2026-11-23T10:00:00.000Z',
    });
    expect(
      sqlite().prepare('select display_name from customers where id = ?').pluck().get(recent),
    ).toBe('Rhiannon Recentley');
    expect(
      sqlite()
        .prepare("select subject from access_log where action = 'searched' order by at")
        .pluck()
        .all(),
    ).toEqual(['Removed (anonymised)', 'Recentley']);
    // Every row kept: the case's records are all still on the anonymised customer.
    expect(
      sqlite()
        .prepare(
          `select (select count(*) from contacts where customer_id = ?) as contacts,
            (select count(*) from visits where customer_id = ?) as visits,
            (select count(*) from correspondence where customer_id = ?) as letters`,
        )
        .get(c.customerId, c.customerId, c.customerId),
    ).toEqual({ contacts: 1, visits: 1, letters: 1 });

    // Audited with the counts, no names; a second run finds nothing more.
    const audit = sqlite()
      .prepare(
        `select s.username, a.detail from audit_events a left join staff s on s.id = a.staff_id
         where a.kind = 'records_anonymised'`,
      )
      .all() as { username: string; detail: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.username).toBe('admin');
    expect(JSON.parse(audit[0]!.detail)).toEqual({
      customers: 1,
      customersHeldOpen: 0,
      visitorNames: 1,
      unlinkedRecords: 1,
      searchWords: 1,
      drafts: 0,
      by: 'administrator',
      years: { customerYears: 6, visitorNameYears: 2, unlinkedRecordYears: 6 },
    });
    await backend.signIn('admin');
    expect(await ok(backend.call('dataProtection.anonymiseExpired', {}))).toMatchObject({
      customers: 0,
      visitorNames: 0,
      unlinkedRecords: 0,
    });
  });

  it('waits while a case is still open', async () => {
    await customerCase(backend); // letter, hand-off and complaint left open
    backend.clock.set(NOW);
    await backend.signIn('admin');
    expect(await ok(backend.call('dataProtection.anonymiseExpired', {}))).toMatchObject({
      customers: 0,
      customersHeldOpen: 1,
    });
    expect(tablesHolding(CASE_PERSON.lastName).length).toBeGreaterThan(5);
  });

  it('follows the retention periods an administrator sets', async () => {
    await november2019();
    backend.clock.set(NOW);
    await backend.signIn('admin');
    const setYears = (
      customerYears: number,
      visitorNameYears: number,
      unlinkedRecordYears: number,
    ) =>
      ok(
        backend.call('dataProtection.updateRetention', {
          customerYears,
          visitorNameYears,
          unlinkedRecordYears,
        }),
      );
    // Seven years back from 23 November 2026 is 23 November 2019: the 25th is within it.
    await setYears(7, 7, 7);
    expect(await ok(backend.call('dataProtection.anonymiseExpired', {}))).toMatchObject({
      customers: 0,
      visitorNames: 0,
      unlinkedRecords: 0,
    });
    await setYears(6, 7, 7);
    expect(await ok(backend.call('dataProtection.anonymiseExpired', {}))).toMatchObject({
      customers: 1,
      visitorNames: 0,
      unlinkedRecords: 0,
    });
    // The walk-in's name and the call about them wait for their own periods.
    expect(tablesHolding('Walkinshaw').sort()).toEqual([
      'change_log.after',
      'contacts.notes',
      'visits.customer_name',
    ]);
  });

  it('runs by itself when the app starts', async () => {
    const c = await november2019();
    await backend.opened.close();
    backend.clock.set(NOW);
    const reopened = await openBackend({
      dataDir: backend.dataDir,
      clock: backend.clock,
      backgroundCheckpoints: false,
    });
    await reopened.close(); // waits for the start-up run
    backend.opened = await openBackend({
      dataDir: backend.dataDir,
      clock: backend.clock,
      backgroundCheckpoints: false,
      retentionSchedule: false,
    });
    expect(
      sqlite().prepare('select display_name from customers where id = ?').pluck().get(c.customerId),
    ).toBe('Anonymised customer');
    const detail = sqlite()
      .prepare(`select staff_id, detail from audit_events where kind = 'records_anonymised'`)
      .get() as { staff_id: string | null; detail: string };
    expect(detail.staff_id).toBeNull();
    expect(JSON.parse(detail.detail)).toMatchObject({ customers: 1, by: 'schedule' });
  });
});
