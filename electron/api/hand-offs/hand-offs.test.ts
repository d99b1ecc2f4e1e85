// Hand-offs through the real back end: the due date from the working-time engine, the
// customer's summary, the department's answers and the escalation flag (NeSDS 22 and 24).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;
let contactId: string;
let customerId: string;

beforeEach(async () => {
  // Monday 23 November 2026, 10:00 in London (GMT).
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn();
  ids = await referenceIds(backend);
  customerId = (await ok(backend.call('customers.create', { firstName: 'Ann', lastName: 'Jones' })))
    .id;
  contactId = (
    await ok(
      backend.call('contacts.record', {
        channel: 'telephone',
        serviceId: ids.housingBenefit,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        outcome: 'resolved',
        notes: 'New claim; needs an assessor to check her earnings.',
        startedAt: '2026-11-23T09:50:00Z',
        endedAt: '2026-11-23T09:58:00Z',
        customerId,
      }),
    )
  ).id;
});
afterEach(async () => {
  await backend.close();
});

const rows = (sql: string, ...params: unknown[]) =>
  backend.opened.database!.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];

const handOff = () =>
  ok(
    backend.call('handOffs.create', {
      contactId,
      departmentId: ids.benefits,
      subject: 'your Housing Benefit claim',
      namedContact: 'Priya Shah',
    }),
  );

describe('handing off from a contact', () => {
  it('is due five working days later, by the end of Monday 30 November', async () => {
    const h = await handOff();
    // Tue 24, Wed 25, Thu 26, Fri 27, Mon 30: the fifth working day after Monday 23.
    expect(h.dueDate).toBe('2026-11-30');
    expect(h.reference).toBe('H-2026-000001');
    expect(h.standardName).toBe('Hand-offs to service departments: answered within 5 working days');
    expect(h).toMatchObject({ status: 'open', clock: 'on_time', escalation: null });
  });

  it('gives the customer a summary that says who, by when, and the reference', async () => {
    const h = await handOff();
    expect(h.summary).toBe(
      'Your enquiry about your Housing Benefit claim has been passed to Benefits (Priya Shah). ' +
        'You can expect a response by Monday 30 November 2026. ' +
        'Your reference is H-2026-000001; please quote it if you contact us.',
    );
  });

  it('marks the contact handed off to the department, without retyping it', async () => {
    await handOff();
    const mine = await ok(backend.call('contacts.mineToday', {}));
    expect(mine.contacts[0]).toMatchObject({ outcome: 'handed_off', departmentName: 'Benefits' });
    const view = await ok(backend.call('customers.view', { id: customerId }));
    expect(view.openItems.map((e) => [e.kind, e.dueDate])).toEqual([['hand_off', '2026-11-30']]);
  });

  it('refuses a department that does not exist and writes nothing', async () => {
    const result = await backend.call('handOffs.create', {
      contactId,
      departmentId: '0190a000-0000-7000-8000-000000000000',
      subject: 'anything',
    });
    expect(!result.ok && result.error.fields?.departmentId).toMatch(/not in the list/);
    expect(rows('select count(*) as n from hand_offs')).toEqual([{ n: 0 }]);
    expect(rows('select outcome from contacts')).toEqual([{ outcome: 'resolved' }]);
  });
});

describe('the department’s answers and escalation', () => {
  it('flags the hand-off due soon two working days before, then overdue', async () => {
    const h = await handOff();
    backend.clock.set('2026-11-26T10:00:00Z'); // Thursday: two working days left
    await backend.signIn();
    const soon = await ok(backend.call('handOffs.get', { id: h.id }));
    expect(soon.clock).toBe('due_soon');
    expect(soon.escalation).toMatch(/^Due soon: chase, then escalate to /);
    backend.clock.set('2026-12-01T09:00:00Z'); // Tuesday after the due Monday
    await backend.signIn();
    const late = await ok(backend.call('handOffs.list', { view: 'escalate' }));
    expect(late.map((x) => [x.reference, x.clock])).toEqual([['H-2026-000001', 'breached']]);
    expect(late[0]!.escalation).toMatch(/^Overdue: escalate to /);
  });

  it('needs a reason to return it, and stops flagging once resolved', async () => {
    const h = await handOff();
    const noReason = await backend.call('handOffs.setStatus', { id: h.id, status: 'returned' });
    expect(!noReason.ok && noReason.error.fields?.note).toBe('Say why the department returned it.');
    const accepted = await ok(backend.call('handOffs.setStatus', { id: h.id, status: 'accepted' }));
    expect(accepted.summary).toMatch(/is being dealt with by Benefits/);
    backend.clock.set('2026-11-27T12:00:00Z');
    await backend.signIn();
    const resolved = await ok(backend.call('handOffs.setStatus', { id: h.id, status: 'resolved' }));
    expect(resolved).toMatchObject({ status: 'resolved', clock: 'met', escalation: null });
    const again = await backend.call('handOffs.setStatus', { id: h.id, status: 'accepted' });
    expect(!again.ok && again.error.message).toBe('That hand-off is already resolved.');
  });
});
