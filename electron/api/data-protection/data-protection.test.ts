// Data protection through dispatch on the demo council (issue 18, item 8): the subject access
// export of a hand-built customer (UK GDPR Art. 15), unzipped and read back; who may do it;
// erasure on request (Art. 17) with its reason, refused mid-case; the retention settings.
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';
import {
  CASE_PERSON,
  closeCustomerCase,
  customerCase,
  type CustomerCase,
} from '../../../test/support/customer-case';

let backend: TestBackend;
let c: CustomerCase;
beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z'); // Monday
  c = await customerCase(backend);
});
afterEach(() => backend.close());

const sqlite = () => backend.opened.database!.sqlite;
const ids = (query: string, ...params: unknown[]) =>
  (
    sqlite()
      .prepare(query)
      .all(...params) as { id: string }[]
  ).map((r) => r.id);
const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
const messageOf = (result: Result<unknown>) => (result.ok ? '' : result.error.message);

/** Rows in every table (the search index's own bookkeeping aside): a refusal must change none. */
function rowCounts(): Record<string, number> {
  const tables = sqlite()
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
       and name not like 'customers_fts_%'`,
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map((t) => [
      t.name,
      sqlite().prepare(`select count(*) from "${t.name}"`).pluck().get() as number,
    ]),
  );
}

/** The customer's record and every row about it, as text: where their details would be. */
const customerText = (id: string) =>
  JSON.stringify([
    sqlite().prepare('select * from customers where id = ?').all(id),
    sqlite()
      .prepare(
        `select before, after from change_log where entity_id in (
           select ? union select id from contacts where customer_id = ?
           union select id from correspondence where customer_id = ?
           union select id from hand_offs where customer_id = ?
           union select id from feedback where customer_id = ?)`,
      )
      .all(id, id, id, id, id),
  ]);

async function exportOf(id: string) {
  await backend.signIn('teamleader');
  const result = await ok(backend.call('customers.subjectAccess', { id }));
  const files = unzipSync(Buffer.from(result.zipBase64, 'base64'));
  const text = (name: string) => strFromU8(files[name]!);
  const csvRows = (name: string) =>
    Papa.parse<string[]>(text(name).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return { result, files, text, csvRows };
}

describe('the subject access export', () => {
  it('holds exactly the customer’s records, as HTML, JSON and one CSV per kind', async () => {
    const viewsBefore = ids(
      'select id from customer_marker_views where customer_id = ?',
      c.customerId,
    );
    expect(viewsBefore).toHaveLength(2); // the team leader's on adding it, the adviser's
    const { result, files, text, csvRows } = await exportOf(c.customerId);

    expect(result.fileName).toBe('subject-access-grazyna-kowalczykowa-2026-11-23.zip');
    const csvNames = [
      'customer-record',
      'contacts',
      'offers-made',
      'satisfaction-surveys',
      'visits',
      'appointments',
      'letters-and-emails',
      'holding-replies',
      'hand-offs',
      'complaints-and-feedback',
      'complaint-stages',
      'warning-markers',
      'warning-marker-views',
      'history-of-changes',
    ];
    expect(Object.keys(files).sort()).toEqual(
      ['subject-access.html', 'subject-access.json', ...csvNames.map((n) => `csv/${n}.csv`)].sort(),
    );

    const json = JSON.parse(text('subject-access.json')) as {
      records: Record<string, { id: string; entity_id?: string }[]>;
      counts: Record<string, number>;
      names: Record<string, string>;
    };
    const idsIn = (kind: string) => json.records[kind]!.map((r) => r.id);
    expect(idsIn('customer-record')).toEqual([c.customerId]);
    expect(idsIn('contacts')).toEqual([c.contactId]);
    expect(idsIn('letters-and-emails')).toEqual([c.letterId]);
    expect(idsIn('hand-offs')).toEqual([c.handOffId]);
    expect(idsIn('complaints-and-feedback')).toEqual([c.complaintId]);
    expect(idsIn('warning-markers')).toEqual([c.markerId]);
    expect(idsIn('warning-marker-views')).toEqual(viewsBefore);
    expect(idsIn('satisfaction-surveys')).toEqual(
      ids('select id from satisfaction_surveys where contact_id = ?', c.contactId),
    );
    expect(idsIn('holding-replies')).toEqual(
      ids('select id from holding_replies where correspondence_id = ?', c.letterId),
    );
    expect(idsIn('complaint-stages')).toEqual(
      ids('select id from complaint_stages where feedback_id = ?', c.complaintId),
    );
    expect(idsIn('visits')).toEqual([]);
    // Every change to any of those records, and nothing else.
    const all = [
      c.customerId,
      c.contactId,
      c.letterId,
      c.handOffId,
      c.complaintId,
      c.markerId,
      ...idsIn('satisfaction-surveys'),
      ...idsIn('holding-replies'),
      ...idsIn('complaint-stages'),
      ...idsIn('offers-made'),
    ];
    expect(idsIn('history-of-changes')).toEqual(
      ids(
        `select id from change_log where entity_id in (${all.map(() => '?').join(',')}) order by id`,
        ...all,
      ),
    );
    // The names of those who dealt with her, not the council's whole staff list.
    expect(Object.values(json.names)).toEqual(
      expect.arrayContaining(['Council Tax', 'Benefits', 'Carys Jones', 'Amina Khan']),
    );
    expect(Object.values(json.names)).not.toContain('Dev Patel');
    expect(json.records['customer-record']![0]).toMatchObject({
      last_name: CASE_PERSON.lastName,
      email: CASE_PERSON.email,
      date_of_birth: CASE_PERSON.dateOfBirth,
    });

    // Each CSV has a header and one row per record of its kind.
    for (const name of csvNames) {
      const rows = csvRows(`csv/${name}.csv`);
      expect(rows.length - 1, name).toBe(json.records[name]!.length);
      expect(result.counts[name], name).toBe(json.records[name]!.length);
    }
    expect(csvRows('csv/visits.csv')[0]).toContain('customer_name');
    // The notes began with "=": a spreadsheet must read them as text.
    const contacts = csvRows('csv/contacts.csv');
    const notes = contacts[1]![contacts[0]!.indexOf('notes')]!;
    expect(notes.startsWith(`'=HYPERLINK(`)).toBe(true);
    // Each id is followed by the name it stands for.
    const service = contacts[0]!.indexOf('service_id (name)');
    expect(contacts[1]![service]).toBe('Housing Benefit and Council Tax Reduction');

    const html = text('subject-access.html');
    expect(html).toContain(
      '<h1>Everything Demo Borough Council holds about Grazyna Kowalczykowa</h1>',
    );
    expect(html).toContain('Council tax bill for Kowalczykowa');
    expect(html).toContain('&quot;http://evil.example&quot;'); // escaped, never markup
    expect(html).not.toContain('<a href="http://evil');
  });

  it('is written to the audit log with who and when, and logs the marker as seen', async () => {
    await exportOf(c.customerId);
    const events = sqlite()
      .prepare(
        `select a.at, s.username, a.detail from audit_events a join staff s on s.id = a.staff_id
         where a.kind = 'subject_access_exported'`,
      )
      .all() as { at: string; username: string; detail: string }[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ at: '2026-11-23T10:00:00.000Z', username: 'teamleader' });
    expect(JSON.parse(events[0]!.detail)).toMatchObject({
      customerId: c.customerId,
      fileName: 'subject-access-grazyna-kowalczykowa-2026-11-23.zip',
      counts: { contacts: 1, 'warning-markers': 1 },
    });
    expect(
      sqlite()
        .prepare(
          "select count(*) from customer_marker_views where context = 'subject access export'",
        )
        .pluck()
        .get(),
    ).toBe(1);
  });
});

describe('who may', () => {
  it('refuses advisers the export, erasure and retention, and team leaders retention', async () => {
    const before = rowCounts();
    await backend.signIn('adviser');
    for (const result of [
      await backend.call('customers.subjectAccess', { id: c.customerId }),
      await backend.call('customers.erase', { id: c.customerId, reason: 'Asked in writing.' }),
      await backend.call('dataProtection.retention', {}),
      await backend.call('dataProtection.anonymiseExpired', {}),
    ])
      expect(codeOf(result)).toBe('FORBIDDEN');
    await backend.signIn('teamleader');
    const retention = await backend.call('dataProtection.updateRetention', {
      customerYears: 1,
      visitorNameYears: 1,
      unlinkedRecordYears: 1,
    });
    expect(codeOf(retention)).toBe('FORBIDDEN');
    const after = rowCounts();
    // Signing in writes its own audit event; nothing else moved.
    expect({ ...after, audit_events: 0 }).toEqual({ ...before, audit_events: 0 });
    expect(
      sqlite()
        .prepare(
          "select count(*) from audit_events where kind in ('subject_access_exported', 'customer_erased', 'records_anonymised')",
        )
        .pluck()
        .get(),
    ).toBe(0);
  });
});

describe('erasure on request', () => {
  it('needs a reason of 5 to 500 characters, and writes nothing without one', async () => {
    await backend.signIn('teamleader');
    const before = rowCounts();
    for (const reason of ['', '  ok  ', '\u200b\u200b\u200b\u200b\u200b', 'x'.repeat(501)]) {
      const result = await backend.call('customers.erase', { id: c.customerId, reason });
      expect(codeOf(result), JSON.stringify(reason)).toBe('VALIDATION');
    }
    const missing = await backend.raw('customers.erase', { id: c.customerId });
    expect(codeOf(missing)).toBe('VALIDATION');
    expect(
      messageOf(await backend.call('customers.erase', { id: c.customerId, reason: 'no' })),
    ).toBe(
      'Give the reason for erasing, in at least 5 characters (for example, "Customer asked in writing on 20 November").',
    );
    expect(rowCounts()).toEqual(before);
  });

  it('is refused while a letter, hand-off or complaint is open, naming each', async () => {
    await backend.signIn('teamleader');
    const before = rowCounts();
    const result = await backend.call('customers.erase', {
      id: c.customerId,
      reason: 'Customer asked in writing.',
    });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(messageOf(result)).toBe(
      `These details cannot be erased yet: the complaint or feedback ${c.complaintReference} is still open; ` +
        `the hand-off ${c.handOffReference} is not yet resolved by the department; ` +
        `the letter or email ${c.letterReference} is still awaiting a full reply. Finish them first, then erase.`,
    );
    expect(rowCounts()).toEqual(before);
    expect(customerText(c.customerId)).toContain(CASE_PERSON.lastName);
  });

  it('blanks the record and its history, keeps every row, and audits the reason', async () => {
    await closeCustomerCase(backend, c);
    const before = rowCounts();
    const view = await ok(
      backend.call('customers.erase', {
        id: c.customerId,
        reason: 'Customer asked in writing on 20 November.',
      }),
    );
    expect(view.displayName).toBe('Anonymised customer');
    expect(view.details).toMatchObject({
      firstName: null,
      lastName: null,
      phone: null,
      email: null,
      postcode: null,
      dateOfBirth: null,
      addressLine1: null,
    });
    expect(view.needs.interpreter).toBe(false);
    expect(view.markers[0]).toMatchObject({
      kind: 'Potentially violent person',
      reason: 'Removed (anonymised)',
    });
    expect(view.timeline.map((e) => e.kind).sort()).toEqual([
      'contact',
      'correspondence',
      'feedback',
      'hand_off',
    ]);

    const text = customerText(c.customerId);
    for (const value of Object.values(CASE_PERSON)) expect(text).not.toContain(value);
    expect(text).toContain('Removed (anonymised)');
    // Every row is still there: one more change-log entry (the erasure), one marker view
    // (the view returned), one audit event.
    const after = rowCounts();
    expect(after.change_log).toBe(before.change_log! + 1);
    expect(after.customer_marker_views).toBe(before.customer_marker_views! + 1);
    expect(after.audit_events).toBe(before.audit_events! + 1);
    expect({ ...after, change_log: 0, customer_marker_views: 0, audit_events: 0 }).toEqual({
      ...before,
      change_log: 0,
      customer_marker_views: 0,
      audit_events: 0,
    });
    const audit = sqlite()
      .prepare(
        `select s.username, a.at, a.detail from audit_events a join staff s on s.id = a.staff_id
         where a.kind = 'customer_erased'`,
      )
      .get() as { username: string; at: string; detail: string };
    expect(audit).toMatchObject({ username: 'teamleader', at: '2026-11-23T10:00:00.000Z' });
    expect(JSON.parse(audit.detail)).toEqual({
      customerId: c.customerId,
      reason: 'Customer asked in writing on 20 November.',
      records: 1,
    });

    // Once is enough; the export now holds no personal details.
    const again = await backend.call('customers.erase', {
      id: c.customerId,
      reason: 'Asked twice.',
    });
    expect(messageOf(again)).toBe(
      'This customer’s personal details were already removed on 2026-11-23.',
    );
    const html = (await exportOf(c.customerId)).text('subject-access.html');
    expect(html).toContain('holds about Anonymised customer');
    expect(html).not.toContain(CASE_PERSON.lastName);

    // Nor can the details be filled in again: a new record is the way back.
    const refill = await backend.call('customers.update', {
      id: c.customerId,
      details: {
        ...view.details,
        kind: 'citizen',
        firstName: 'Ann',
        lastName: CASE_PERSON.lastName,
      },
    } as never);
    expect(codeOf(refill)).toBe('CONFLICT');
    expect(customerText(c.customerId)).not.toContain(CASE_PERSON.lastName);
  });
});

describe('retention settings', () => {
  it('start at six years for customers, and an administrator changes them', async () => {
    await backend.signIn('admin');
    expect(await ok(backend.call('dataProtection.retention', {}))).toEqual({
      customerYears: 6,
      visitorNameYears: 2,
      unlinkedRecordYears: 6,
    });
    const changed = { customerYears: 7, visitorNameYears: 3, unlinkedRecordYears: 6 };
    expect(await ok(backend.call('dataProtection.updateRetention', changed))).toEqual(changed);
    expect(await ok(backend.call('dataProtection.retention', {}))).toEqual(changed);
    const zero = await backend.call('dataProtection.updateRetention', {
      ...changed,
      customerYears: 0,
    });
    expect(messageOf(zero)).toBe('Keep customer records for at least 1 year.');
  });
});
