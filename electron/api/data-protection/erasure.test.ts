// Erasure on request (UK GDPR Art. 17) through dispatch on the demo council: its reason,
// refused mid-case naming each open item, the record and its history blanked with every row
// kept and audited; and the council's retention settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';
import {
  CASE_PERSON,
  closeCustomerCase,
  customerCase,
  type CustomerCase,
} from '../../../test/support/customer-case';
import { codeOf, dataProtectionHelpers, messageOf } from './test-helpers';

let backend: TestBackend;
let c: CustomerCase;
beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z'); // Monday
  c = await customerCase(backend);
});
afterEach(() => backend.close());

const { sqlite, rowCounts, customerText, exportOf } = dataProtectionHelpers(() => backend);

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
