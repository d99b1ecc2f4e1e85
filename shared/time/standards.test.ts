import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './calendar';
import { DEFAULT_STANDARDS } from './default-standards';
import type { OpeningHours } from './opening-hours';
import {
  describeThreshold,
  itemClock,
  performance,
  standardSchema,
  type ServiceStandard,
} from './standards';

const calendar = createWorkingCalendar({ region: 'england-and-wales' });
const lastHours: OpeningHours = {
  mon: [{ open: '08:30', close: '16:30' }],
  tue: [{ open: '08:30', close: '16:30' }],
  wed: [{ open: '08:30', close: '16:30' }],
  thu: [{ open: '08:30', close: '16:30' }],
  fri: [{ open: '08:30', close: '16:00' }],
  sat: [],
  sun: [],
};
const ctx = { calendar, hours: lastHours };
const byName = (name: string) => DEFAULT_STANDARDS.find((s) => s.name.startsWith(name))!;
const rent = byName('Rent Service');
const t = (iso: string) => new Date(iso);

describe('service standards', () => {
  it('describe each threshold in plain words', () => {
    expect(rent.thresholds.map((th) => describeThreshold(rent, th))).toEqual([
      '87% within 3 working days',
      '95% within 5 working days',
    ]);
    const phone = byName('Answer calls');
    expect(describeThreshold(phone, phone.thresholds[0]!)).toBe('an average of 30 seconds');
  });

  it('name no council: the seed documents’ council is not the one using the app', () => {
    for (const standard of DEFAULT_STANDARDS)
      expect(`${standard.name} ${standard.source}`).not.toMatch(/Halton|Borough|City Council/);
  });

  it('are all valid as shipped', () => {
    for (const standard of DEFAULT_STANDARDS)
      expect(standardSchema.safeParse(standard).success).toBe(true);
  });

  it('refuse a threshold over 100%, a limit of zero, and a duplicate limit', () => {
    const bad = (thresholds: { percent: number; limit: number }[]) =>
      standardSchema
        .safeParse({ name: 'Test', subject: 'partner_referral', unit: 'working_days', thresholds })
        .error?.issues.map((i) => i.message);
    expect(bad([{ percent: 101, limit: 3 }])).toEqual(['A threshold cannot be more than 100%.']);
    expect(bad([{ percent: 90, limit: 0 }])).toEqual([
      'A limit of zero would make every item late: enter 1 or more.',
    ]);
    expect(
      bad([
        { percent: 90, limit: 3 },
        { percent: 95, limit: 3 },
      ]),
    ).toEqual(['Two thresholds have the same limit: combine them.']);
  });

  it('give each item its state against the tightest limit', () => {
    const start = t('2026-11-23T10:00:00Z'); // Monday: 3 working days -> due by the end of Thursday
    expect(
      itemClock(rent, ctx, { startedAt: start, finishedAt: null }, t('2026-11-24T10:00:00Z')),
    ).toMatchObject({ state: 'due_soon', remaining: 2 });
    expect(
      itemClock(rent, ctx, { startedAt: start, finishedAt: null }, t('2026-11-27T09:00:00Z')),
    ).toMatchObject({ state: 'breached', remaining: -1 });
    expect(
      itemClock(
        rent,
        ctx,
        { startedAt: start, finishedAt: t('2026-11-26T15:00:00Z') },
        t('2026-12-01T00:00:00Z'),
      ).state,
    ).toBe('met');
    const urgent = byName('LAST support: urgent');
    // 2 working hours from Friday 15:30 GMT: 30 minutes Friday, 90 minutes Monday -> 10:00.
    expect(
      itemClock(
        urgent,
        ctx,
        { startedAt: t('2026-11-27T15:30:00Z'), finishedAt: null },
        t('2026-11-27T15:31:00Z'),
      ).dueAt.toISOString(),
    ).toBe('2026-11-30T10:00:00.000Z');
  });

  it('report the share achieved against each threshold, leaving undecided items out', () => {
    const mon = '2026-11-23T10:00:00Z';
    const items = [
      { startedAt: t(mon), finishedAt: t('2026-11-24T10:00:00Z') }, // 1 working day
      { startedAt: t(mon), finishedAt: t('2026-11-26T10:00:00Z') }, // 3
      { startedAt: t(mon), finishedAt: t('2026-11-27T10:00:00Z') }, // 4: misses 3, meets 5
      { startedAt: t(mon), finishedAt: t('2026-12-02T10:00:00Z') }, // 7: misses both
      { startedAt: t('2026-11-26T10:00:00Z'), finishedAt: null }, // open, not yet due: pending
    ];
    const result = performance(rent, ctx, items, t('2026-11-27T12:00:00Z'));
    expect(
      result.thresholds.map((r) => [
        r.label,
        r.counted,
        r.within,
        r.pending,
        r.achievedPercent,
        r.met,
      ]),
    ).toEqual([
      ['87% within 3 working days', 4, 2, 1, 50, false],
      ['95% within 5 working days', 4, 3, 1, 75, false],
    ]);
  });

  it('measure an average standard by its mean', () => {
    const phone: ServiceStandard = byName('Answer calls');
    const calls = [12, 25, 41, 38].map((s) => ({
      startedAt: t('2026-11-23T10:00:00Z'),
      finishedAt: new Date(Date.parse('2026-11-23T10:00:00Z') + s * 1000),
    }));
    const result = performance(phone, ctx, calls, t('2026-11-23T12:00:00Z'));
    expect(result.average).toBe(29);
    expect(result.thresholds[0]!.met).toBe(true);
  });
});
