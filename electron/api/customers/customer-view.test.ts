// The single view of the customer through the real back end: details with a checked
// postcode, the timeline across channels, and warning markers whose every view is logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerDetails } from '../../../shared/api';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;
let customerId: string;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn();
  ids = await referenceIds(backend);
  customerId = (
    await ok(
      backend.call('customers.create', {
        firstName: 'Robert',
        lastName: 'Smith',
        postcode: 'wa87qa',
      }),
    )
  ).id;
});
afterEach(async () => {
  await backend.close();
});

const rows = (sql: string, ...params: unknown[]) =>
  backend.opened.database!.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];

const details = (overrides: Partial<CustomerDetails> = {}) => ({
  kind: 'citizen' as const,
  title: 'Mr',
  firstName: 'Robert',
  lastName: 'Smith',
  organisationName: null,
  addressLine1: '12 High Street',
  addressLine2: null,
  town: 'Widnes',
  postcode: 'WA8 7QA',
  phone: '0151 907 8300',
  email: 'rob@example.org',
  dateOfBirth: '1961-04-02',
  preferredChannel: 'email' as const,
  preferredLanguage: 'English',
  contactConsent: true,
  ...overrides,
});

describe('customer details', () => {
  it('writes a postcode the standard way when the customer is created', async () => {
    const view = await ok(backend.call('customers.view', { id: customerId }));
    expect(view.details.postcode).toBe('WA8 7QA');
  });

  it('saves the full record and finds the customer by the new email', async () => {
    const view = await ok(backend.call('customers.update', { id: customerId, details: details() }));
    expect(view.displayName).toBe('Mr Robert Smith');
    expect(view.details).toMatchObject({ town: 'Widnes', contactConsent: true });
    const found = await ok(backend.call('customers.find', { query: 'rob@example' }));
    expect(found.map((c) => c.id)).toEqual([customerId]);
  });

  it('refuses a postcode that is not a UK postcode and changes nothing', async () => {
    const result = await backend.call('customers.update', {
      id: customerId,
      details: details({ postcode: 'WA8 QQQ7' }),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.fields?.['details.postcode']).toMatch(/not a UK postcode/);
    expect(rows('select town from customers where id = ?', customerId)).toEqual([{ town: null }]);
  });
});

describe('the timeline', () => {
  it('shows contacts and correspondence newest first, with open items and their clocks', async () => {
    await ok(
      backend.call('contacts.record', {
        channel: 'telephone',
        serviceId: ids.councilTax,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        outcome: 'resolved',
        notes: 'Explained the bill.',
        startedAt: '2026-11-23T09:00:00Z',
        endedAt: '2026-11-23T09:05:00Z',
        customerId,
      }),
    );
    await ok(
      backend.call('correspondence.log', {
        channel: 'letter',
        receivedAt: '2026-11-20T10:00:00Z',
        serviceId: ids.councilTax,
        subject: 'Disputes bill',
        customerId,
      }),
    );
    const view = await ok(backend.call('customers.view', { id: customerId }));
    expect(view.timeline.map((e) => [e.kind, e.title, e.status])).toEqual([
      ['contact', 'Telephone: Council Tax', 'Resolved at first contact'],
      ['correspondence', 'C-2026-000001: Council Tax', 'Awaiting a full reply'],
    ]);
    expect(view.openItems.map((e) => e.dueDate)).toEqual(['2026-12-04']);
  });

  it('refuses to link a contact to a customer who does not exist', async () => {
    const result = await backend.call('contacts.quickLog', {
      channel: 'telephone',
      serviceId: ids.councilTax,
      startedAt: '2026-11-23T09:59:00Z',
    });
    expect(result.ok).toBe(true);
    const bad = await backend.raw('contacts.record', {
      channel: 'telephone',
      serviceId: ids.councilTax,
      interactionTypeId: ids.providingInformation,
      customerTypeId: ids.citizen,
      outcome: 'resolved',
      startedAt: '2026-11-23T09:00:00Z',
      endedAt: '2026-11-23T09:05:00Z',
      customerId: '0190a000-0000-7000-8000-000000000000',
    });
    expect(bad.ok).toBe(false);
    expect(rows('select count(*) as n from contacts')).toEqual([{ n: 1 }]);
  });
});

describe('warning markers', () => {
  it('only team leaders and administrators may set one', async () => {
    const result = await backend.call('customers.addMarker', {
      customerId,
      kind: 'Potentially violent person',
      reason: 'Threatened staff at the counter',
      reviewDate: '2027-05-01',
    });
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });

  it('shows the marker with who set it, and logs every view', async () => {
    await backend.signIn('teamleader');
    const set = await ok(
      backend.call('customers.addMarker', {
        customerId,
        kind: 'Potentially violent person',
        reason: 'Threatened staff at the counter',
        reviewDate: '2027-05-01',
      }),
    );
    expect(set.markers).toMatchObject([
      { kind: 'Potentially violent person', reviewDate: '2027-05-01' },
    ]);
    await backend.signIn('adviser');
    await ok(backend.call('customers.view', { id: customerId }));
    const views = rows(
      `select s.username, v.context, v.viewed_at from customer_marker_views v
       join staff s on s.id = v.staff_id order by v.id`,
    );
    expect(views).toEqual([
      { username: 'teamleader', context: 'customer view', viewed_at: '2026-11-23T10:00:00.000Z' },
      { username: 'adviser', context: 'customer view', viewed_at: '2026-11-23T10:00:00.000Z' },
    ]);
  });

  it('is kept with a later review date, or removed, by a team leader at review', async () => {
    await backend.signIn('teamleader');
    const set = await ok(
      backend.call('customers.addMarker', {
        customerId,
        kind: 'Lone working risk',
        reason: 'Visit in pairs',
        reviewDate: '2026-11-30',
      }),
    );
    const markerId = set.markers[0]!.id;
    const past = await backend.call('customers.reviewMarker', {
      markerId,
      decision: 'keep',
      nextReviewDate: '2026-11-23',
    });
    expect(!past.ok && past.error.fields?.nextReviewDate).toBe(
      'The next review must be after today.',
    );
    const kept = await ok(
      backend.call('customers.reviewMarker', {
        markerId,
        decision: 'keep',
        nextReviewDate: '2027-05-31',
      }),
    );
    expect(kept.markers.map((m) => m.reviewDate)).toEqual(['2027-05-31']);
    const removed = await ok(
      backend.call('customers.reviewMarker', { markerId, decision: 'remove' }),
    );
    expect(removed.markers).toEqual([]);
    expect(
      rows(
        `select s.username from change_log l join staff s on s.id = l.staff_id
         where l.entity = 'customer_markers' and l.action = 'update'`,
      ),
    ).toEqual([{ username: 'teamleader' }, { username: 'teamleader' }]);
  });

  it('logs the view when the customer checks in at the queue', async () => {
    backend.opened
      .database!.sqlite.prepare(
        `insert into customer_markers (id, customer_id, kind, reason, review_date, set_by, set_at)
         select 'm1', ?, 'Lone working risk', 'Home visits in pairs', '2027-01-01', id, '2026-11-01' from staff limit 1`,
      )
      .run(customerId);
    const visit = await ok(
      backend.call('queue.checkIn', { serviceId: ids.councilTax, customerId }),
    );
    expect(visit.warningMarkers.map((m) => m.kind)).toEqual(['Lone working risk']);
    expect(rows('select context from customer_marker_views')).toEqual([{ context: 'queue' }]);
  });
});
