import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;
beforeEach(async () => {
  backend = await createTestBackend('2026-12-21T09:30:00Z');
  await backend.signIn('admin');
  ids = await referenceIds(backend);
});
afterEach(async () => {
  await backend.close();
});

const letter = () =>
  ok(
    backend.call('correspondence.log', {
      channel: 'letter',
      receivedAt: '2026-12-18T10:00:00Z',
      serviceId: ids.councilTax,
      subject: 'x',
      senderAddress: 'y',
    }),
  );

describe('calendar and standards settings', () => {
  it('change the due dates of items logged afterwards: region, closure days, the reply standard', async () => {
    expect((await letter()).dueDate).toBe('2027-01-06');
    await ok(
      backend.call('settings.updateCalendar', {
        region: 'scotland',
        closureDays: ['2026-12-24'],
        extraHolidays: [],
      }),
    );
    // Scotland adds Mon 4 Jan 2027; the closure adds 24 Dec: two days later.
    expect((await letter()).dueDate).toBe('2027-01-08');

    const reply = (await ok(backend.call('standards.list', {}))).find(
      (s) => s.subject === 'correspondence_reply',
    )!;
    const { id, labels: _labels, ...standard } = reply;
    await ok(
      backend.call('standards.save', {
        id,
        standard: { ...standard, thresholds: [{ percent: 100, limit: 5 }] },
      }),
    );
    // Fri 18 Dec + 5 in Scotland with 24 Dec closed: 21, 22, 23, 29, 30.
    expect((await letter()).dueDate).toBe('2026-12-30');
  });

  it('refuse overlapping opening hours and bad thresholds, changing nothing', async () => {
    const [site] = await ok(backend.call('sites.hours', {}));
    const overlap = await backend.call('sites.updateHours', {
      siteId: site!.id,
      hours: {
        ...site!.hours,
        mon: [
          { open: '08:00', close: '12:00' },
          { open: '11:00', close: '17:00' },
        ],
      },
    });
    expect(!overlap.ok && overlap.error.fields?.['hours.mon']).toBe(
      'Monday: 08:00-12:00 overlaps 11:00-17:00.',
    );
    const standards = await ok(backend.call('standards.list', {}));
    const bad = await backend.call('standards.save', {
      standard: {
        name: 'Broken',
        subject: 'partner_referral',
        unit: 'working_days',
        measure: 'share_within',
        thresholds: [{ percent: 101, limit: 3 }],
        source: '',
      },
    });
    expect(!bad.ok && bad.error.message).toBe('A threshold cannot be more than 100%.');
    expect(await ok(backend.call('standards.list', {}))).toHaveLength(standards.length);
    expect((await ok(backend.call('sites.hours', {})))[0]!.hours).toEqual(site!.hours);
  });

  it('are for administrators only', async () => {
    await backend.signIn('adviser');
    const refused = await backend.call('settings.updateCalendar', {
      region: 'scotland',
      closureDays: [],
      extraHolidays: [],
    });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });
});
