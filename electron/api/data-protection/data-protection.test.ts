// Data protection through dispatch on the demo council (issue 18, item 8): the subject access
// export of a hand-built customer (UK GDPR Art. 15), unzipped and read back, and who may
// export, erase or set retention (erasure itself: erasure.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../test/support/backend';
import { CASE_PERSON, customerCase, type CustomerCase } from '../../../test/support/customer-case';
import { codeOf, dataProtectionHelpers } from './test-helpers';

let backend: TestBackend;
let c: CustomerCase;
beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z'); // Monday
  c = await customerCase(backend);
});
afterEach(() => backend.close());

const { sqlite, ids, rowCounts, exportOf } = dataProtectionHelpers(() => backend);

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
