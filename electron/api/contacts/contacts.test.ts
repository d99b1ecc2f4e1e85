import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../shared/api';
import { createTestBackend, referenceIds, type TestBackend } from '../../../test/support/backend';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn();
  ids = await referenceIds(backend);
});
afterEach(async () => {
  await backend.close();
});

function count(table: 'contacts' | 'change_log'): number {
  const row = backend.opened
    .database!.sqlite.prepare(`select count(*) as n from ${table}`)
    .get() as { n: number };
  return row.n;
}

function faceToFace(overrides: Partial<ContactFields> = {}): ContactFields {
  return {
    channel: 'face_to_face',
    serviceId: ids.housingBenefit,
    interactionTypeId: ids.providingInformation,
    customerTypeId: ids.citizen,
    outcome: 'handed_off',
    departmentId: ids.benefits,
    notes: 'Moved house.',
    startedAt: '2026-11-23T09:40:00Z',
    endedAt: '2026-11-23T09:52:30Z',
    ...overrides,
  };
}

describe('recording a contact', () => {
  it('saves every field, stamps the adviser and site, and gives the duration', async () => {
    const result = await backend.call('contacts.record', faceToFace());
    expect(result.ok && result.value).toMatchObject({
      channel: 'face_to_face',
      direction: 'inbound',
      serviceName: 'Housing Benefit and Council Tax Reduction',
      customerTypeName: 'Citizen',
      outcome: 'handed_off',
      departmentName: 'Benefits',
      notes: 'Moved house.',
      durationSeconds: 750,
      staffName: 'Amina Khan',
      siteName: 'Town Hall One Stop Shop',
      recordedAt: '2026-11-23T10:00:00.000Z',
      corrected: false,
    });
    expect(result.ok && result.value.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7
  });

  it('quick-logs an anonymous enquiry resolved at first contact', async () => {
    backend.clock.advance(95_000);
    const result = await backend.call('contacts.quickLog', {
      channel: 'telephone',
      serviceId: ids.councilTax,
      startedAt: '2026-11-23T10:00:00Z',
    });
    expect(result.ok && result.value).toMatchObject({
      channel: 'telephone',
      outcome: 'resolved',
      customerTypeName: 'Anonymous',
      interactionTypeName: 'Providing information',
      durationSeconds: 95,
    });
  });

  it("reports the adviser's own FCR for the London day: one resolved of two is 50%", async () => {
    await backend.call('contacts.quickLog', { channel: 'telephone', serviceId: ids.councilTax });
    await backend.call('contacts.record', faceToFace());
    // yesterday's contact is not today's
    await backend.call(
      'contacts.record',
      faceToFace({
        outcome: 'resolved',
        startedAt: '2026-11-22T23:50:00Z',
        endedAt: '2026-11-22T23:55:00Z',
      }),
    );
    const today = await backend.call('contacts.mineToday', {});
    expect(today.ok && today.value.date).toBe('2026-11-23');
    expect(today.ok && today.value.contacts.map((c) => c.outcome)).toEqual([
      'handed_off',
      'resolved',
    ]);
    expect(today.ok && today.value.fcr).toMatchObject({
      completed: 2,
      resolved: 1,
      rate: 0.5,
      target: 0.8,
      met: false,
    });
  });

  it('counts a summer contact at 23:30 UTC on the next London day', async () => {
    backend.clock.set('2026-07-02T09:00:00Z');
    await backend.call(
      'contacts.record',
      faceToFace({
        outcome: 'resolved',
        startedAt: '2026-07-01T23:30:00Z',
        endedAt: '2026-07-01T23:40:00Z',
      }),
    );
    const today = await backend.call('contacts.mineToday', {});
    expect(today.ok && today.value.contacts).toHaveLength(1);
  });

  it('leaves outbound follow-ups out of FCR', async () => {
    await backend.call(
      'contacts.record',
      faceToFace({ direction: 'outbound', outcome: 'resolved' }),
    );
    const today = await backend.call('contacts.mineToday', {});
    expect(today.ok && today.value.fcr).toMatchObject({
      completed: 0,
      excludedOutbound: 1,
      rate: null,
    });
  });
});

describe('bad input is refused with a clear message and writes nothing', () => {
  const cases: [string, () => unknown, string, string][] = [
    [
      'no channel',
      () => ({ ...faceToFace(), channel: undefined }),
      'channel',
      'Choose the channel the customer used.',
    ],
    [
      'an unknown service',
      () => faceToFace({ serviceId: '01900000-0000-7000-8000-000000000000' }),
      'serviceId',
      'That service is not in the council’s list. Choose a service from the list.',
    ],
    [
      'an end before its start',
      () => faceToFace({ endedAt: '2026-11-23T09:39:59Z' }),
      'endedAt',
      'The end time is before the start time. Check both times.',
    ],
    [
      'an oversized note',
      () => faceToFace({ notes: 'x'.repeat(4001) }),
      'notes',
      'Notes can be at most 4,000 characters; these have 4,001. Shorten them or attach the detail elsewhere.',
    ],
    [
      'a hand-off with no department',
      () => faceToFace({ departmentId: null }),
      'departmentId',
      'Choose the department the enquiry was handed off to.',
    ],
    [
      'an end in the future',
      () => faceToFace({ endedAt: '2026-11-23T11:00:00Z' }),
      'endedAt',
      'The end time is in the future. Record a contact once it has happened.',
    ],
    [
      'a start that is not a time',
      () => faceToFace({ startedAt: '23/11/2026 9am' }),
      'startedAt',
      'The start time must be a date and time.',
    ],
  ];

  for (const [name, input, field, message] of cases) {
    it(`refuses ${name}`, async () => {
      const before = { contacts: count('contacts'), log: count('change_log') };
      const result = await backend.raw('contacts.record', input());
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields?.[field]).toBe(message);
      expect({ contacts: count('contacts'), log: count('change_log') }).toEqual(before);
    });
  }
});

describe('correcting a contact', () => {
  it('corrects it the same day and keeps the before and after in its history', async () => {
    const saved = await backend.call('contacts.record', faceToFace());
    const id = saved.ok ? saved.value.id : '';
    backend.clock.advance(60_000);
    const corrected = await backend.call('contacts.correct', {
      id,
      fields: faceToFace({ outcome: 'resolved', departmentId: null, notes: 'Sorted at the desk.' }),
    });
    expect(corrected.ok && corrected.value).toMatchObject({
      outcome: 'resolved',
      departmentName: null,
      corrected: true,
    });

    const history = await backend.call('contacts.history', { id });
    expect(history.ok && history.value).toHaveLength(2);
    const update = history.ok ? history.value[1]! : undefined;
    expect(update).toMatchObject({
      action: 'update',
      staffName: 'Amina Khan',
      at: '2026-11-23T10:01:00.000Z',
    });
    expect(update?.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'outcome',
          before: 'Handed off to a department',
          after: 'Resolved at first contact',
        },
        { field: 'department', before: 'Benefits', after: null },
        { field: 'notes', before: 'Moved house.', after: 'Sorted at the desk.' },
      ]),
    );
  });

  it('writes nothing when nothing changed', async () => {
    const saved = await backend.call('contacts.record', faceToFace());
    const log = count('change_log');
    await backend.call('contacts.correct', {
      id: saved.ok ? saved.value.id : '',
      fields: faceToFace(),
    });
    expect(count('change_log')).toBe(log);
  });

  it('refuses a correction on a later day', async () => {
    const saved = await backend.call('contacts.record', faceToFace());
    backend.clock.set('2026-11-24T00:00:01Z');
    await backend.signIn();
    const result = await backend.call('contacts.correct', {
      id: saved.ok ? saved.value.id : '',
      fields: faceToFace({ outcome: 'resolved' }),
    });
    expect(!result.ok && result.error.code).toBe('CONFLICT');
  });

  it("refuses an adviser correcting a colleague's contact", async () => {
    const saved = await backend.call('contacts.record', faceToFace());
    await backend.signIn('adviser2');
    const result = await backend.call('contacts.correct', {
      id: saved.ok ? saved.value.id : '',
      fields: faceToFace({ outcome: 'resolved' }),
    });
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });
});
