// The access log (go-live issue, item 7) through dispatch: opening a record, searching,
// reading a contact's history and exporting or printing are logged with who and when, and
// only a leader reads "who looked at this record".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

let backend: TestBackend;
let customerId: string;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn('adviser');
  customerId = (
    await ok(backend.call('customers.create', { firstName: 'Olu', lastName: 'Adeyemi' }))
  ).id;
});
afterEach(async () => {
  await backend.close();
});

const rows = () =>
  backend.opened
    .database!.sqlite.prepare(
      `select s.username, a.action, a.customer_id, a.subject from access_log a
       join staff s on s.id = a.staff_id order by a.id`,
    )
    .all() as { username: string; action: string; customer_id: string | null; subject: string }[];
const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);

describe('the access log', () => {
  it('logs an opened record, a search with its words and a contact history read', async () => {
    const ids = await referenceIds(backend);
    const contact = await ok(
      backend.call('contacts.record', {
        channel: 'telephone',
        serviceId: ids.housingBenefit,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        customerId,
        outcome: 'resolved',
        notes: '',
        startedAt: '2026-11-23T09:40:00Z',
        endedAt: '2026-11-23T09:45:00Z',
      }),
    );
    await ok(backend.call('customers.find', { query: 'Adeyemi' }));
    await ok(backend.call('customers.view', { id: customerId }));
    await ok(backend.call('contacts.history', { id: contact.id }));

    expect(rows()).toEqual([
      { username: 'adviser', action: 'searched', customer_id: null, subject: 'Adeyemi' },
      {
        username: 'adviser',
        action: 'opened_record',
        customer_id: customerId,
        subject: 'Customer record',
      },
      {
        username: 'adviser',
        action: 'read_history',
        customer_id: customerId,
        subject: `History of contact ${contact.id}`,
      },
    ]);
  });

  it('logs what the window exported or printed, and refuses a bad report', async () => {
    await ok(
      backend.call('audit.recordOutput', {
        action: 'exported',
        subject: 'council-contact-fcr-misses-2026-11-23.csv',
      }),
    );
    await ok(
      backend.call('audit.recordOutput', { action: 'printed', subject: 'Summary', customerId }),
    );
    const refused = await backend.call('audit.recordOutput', {
      action: 'deleted',
      subject: 'x\u0000',
    } as never);
    expect(codeOf(refused)).toBe('VALIDATION');
    expect(rows().map((r) => [r.action, r.customer_id])).toEqual([
      ['exported', null],
      ['printed', customerId],
    ]);
  });

  it('shows a leader who looked at a record, newest first; an adviser may not see it', async () => {
    await ok(backend.call('customers.view', { id: customerId }));
    expect(codeOf(await backend.call('customers.accessLog', { id: customerId }))).toBe('FORBIDDEN');

    backend.clock.advance(60_000);
    await backend.signIn('teamleader');
    await ok(backend.call('customers.view', { id: customerId }));
    const log = await ok(backend.call('customers.accessLog', { id: customerId }));
    expect(log.total).toBe(2);
    expect(log.entries.map((e) => [e.staffName, e.action])).toEqual([
      [expect.any(String), 'opened_record'],
      [expect.any(String), 'opened_record'],
    ]);
    const names = log.entries.map((e) => e.staffName);
    expect(new Set(names).size).toBe(2);
    expect(log.entries.every((e) => e.siteName.length > 0)).toBe(true);
    // Reading the log is not itself a look at the customer's data.
    expect(rows()).toHaveLength(2);

    const unknown = await backend.call('customers.accessLog', {
      id: '0190f5c0-0000-7000-8000-000000000000',
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it('logs a warning marker flagged in a search result as seen', async () => {
    await backend.signIn('teamleader');
    await ok(
      backend.call('customers.addMarker', {
        customerId,
        kind: 'Potentially violent person',
        reason: 'Threatened staff at the Town Hall desk.',
        reviewDate: '2027-05-23',
      }),
    );
    await backend.signIn('adviser');
    const found = await ok(backend.call('customers.find', { query: 'Adeyemi' }));
    expect(found.map((c) => c.hasWarningMarker)).toEqual([true]);
    const views = backend.opened
      .database!.sqlite.prepare(
        `select s.username, v.context from customer_marker_views v join staff s on s.id = v.staff_id
         where v.customer_id = ? order by v.id`,
      )
      .all(customerId);
    expect(views).toContainEqual({ username: 'adviser', context: 'search result' });
  });
});
