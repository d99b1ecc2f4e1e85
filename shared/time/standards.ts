// Service standards: what a promise times, on which clock, and its thresholds: one or more
// (percentage, limit) pairs such as "87% within 3 working days and 95% within 5" (Rent
// Service SLA), or an average such as "answer calls in an average of 30 seconds" (Halton).
import { z } from 'zod';
import type { WorkingCalendar } from './calendar';
import { londonDateOf, londonDayBounds } from './london';
import type { OpeningHours } from './opening-hours';
import { addWorkingDays, workingDaysBetween } from './working-days';
import { addWorkingMinutes, workingMinutesBetween } from './working-hours';

export const STANDARD_SUBJECTS = [
  'face_to_face_wait',
  'telephone_answer',
  'correspondence_reply',
  'email_acknowledgement',
  'department_hand_off',
  'partner_referral',
  'complaint_stage_1',
  'complaint_stage_2',
] as const;
export type StandardSubject = (typeof STANDARD_SUBJECTS)[number];

export const SUBJECT_LABELS: Record<StandardSubject, string> = {
  face_to_face_wait: 'Face-to-face wait',
  telephone_answer: 'Telephone answer',
  correspondence_reply: 'Reply to correspondence',
  email_acknowledgement: 'Email acknowledgement',
  department_hand_off: 'Hand-off to a department',
  partner_referral: 'Partner referral',
  complaint_stage_1: 'Complaint, stage 1',
  complaint_stage_2: 'Complaint, stage 2',
};

export const CLOCK_UNITS = [
  'seconds',
  'minutes',
  'working_hours',
  'working_days',
  'calendar_days',
] as const;
export type ClockUnit = (typeof CLOCK_UNITS)[number];

const UNIT_WORDS: Record<ClockUnit, [string, string]> = {
  seconds: ['second', 'seconds'],
  minutes: ['minute', 'minutes'],
  working_hours: ['working hour', 'working hours'],
  working_days: ['working day', 'working days'],
  calendar_days: ['day', 'days'],
};

export const thresholdSchema = z.object({
  percent: z
    .number({ error: 'Enter the percentage to meet.' })
    .gt(0, 'A threshold must be more than 0%.')
    .max(100, 'A threshold cannot be more than 100%.'),
  limit: z
    .number({ error: 'Enter the time limit.' })
    .int('Enter the limit as a whole number.')
    .positive('A limit of zero would make every item late: enter 1 or more.'),
});

export const standardSchema = z
  .object({
    name: z.string().trim().min(3, 'Give the standard a name.').max(120),
    subject: z.enum(STANDARD_SUBJECTS, { error: 'Choose what the standard times.' }),
    unit: z.enum(CLOCK_UNITS, { error: 'Choose the clock the standard runs on.' }),
    measure: z.enum(['share_within', 'average_within']).default('share_within'),
    thresholds: z.array(thresholdSchema).min(1, 'A standard needs at least one threshold.').max(5),
    source: z.string().trim().max(300).default(''),
  })
  .strict()
  .superRefine((s, ctx) => {
    const limits = s.thresholds.map((t) => t.limit);
    if (new Set(limits).size !== limits.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds'],
        message: 'Two thresholds have the same limit: combine them.',
      });
    }
    if (s.measure === 'average_within' && s.thresholds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds'],
        message: 'An average standard has one limit.',
      });
    }
  });

export type ServiceStandard = z.output<typeof standardSchema>;
export type Threshold = z.output<typeof thresholdSchema>;

/** "87% within 3 working days"; "an average of 30 seconds". */
export function describeThreshold(
  standard: Pick<ServiceStandard, 'unit' | 'measure'>,
  threshold: Threshold,
): string {
  const [one, many] = UNIT_WORDS[standard.unit];
  const limit = `${threshold.limit} ${threshold.limit === 1 ? one : many}`;
  return standard.measure === 'average_within'
    ? `an average of ${limit}`
    : `${threshold.percent}% within ${limit}`;
}

export interface ClockContext {
  calendar: WorkingCalendar;
  /** The responsible office's hours, for working-hour clocks. */
  hours: OpeningHours;
}

/** When an item started at `start` is due under a limit of the standard's unit. */
export function deadlineFor(
  standard: Pick<ServiceStandard, 'unit'>,
  ctx: ClockContext,
  start: Date,
  limit: number,
): Date {
  switch (standard.unit) {
    case 'seconds':
      return new Date(start.getTime() + limit * 1000);
    case 'minutes':
      return new Date(start.getTime() + limit * 60_000);
    case 'working_hours':
      return addWorkingMinutes(ctx.calendar, ctx.hours, start, limit * 60);
    case 'working_days':
      // Due by the end of working day N (counting rule): the start of the next London day.
      return londonDayBounds(addWorkingDays(ctx.calendar, londonDateOf(start), limit)).end;
    case 'calendar_days':
      return londonDayBounds(londonDateOf(new Date(start.getTime() + limit * 86_400_000))).end;
  }
}

/** Time on the standard's own clock between two instants. */
export function elapsed(
  standard: Pick<ServiceStandard, 'unit'>,
  ctx: ClockContext,
  from: Date,
  to: Date,
): number {
  switch (standard.unit) {
    case 'seconds':
      return (to.getTime() - from.getTime()) / 1000;
    case 'minutes':
      return (to.getTime() - from.getTime()) / 60_000;
    case 'working_hours':
      return workingMinutesBetween(ctx.calendar, ctx.hours, from, to) / 60;
    case 'working_days':
      return workingDaysBetween(ctx.calendar, londonDateOf(from), londonDateOf(to));
    case 'calendar_days':
      return Math.round(
        (londonDayBounds(londonDateOf(to)).start.getTime() -
          londonDayBounds(londonDateOf(from)).start.getTime()) /
          86_400_000,
      );
  }
}

export type ItemState = 'on_time' | 'due_soon' | 'breached' | 'met' | 'missed';

export interface ItemClock {
  state: ItemState;
  dueAt: Date;
  /** Time used, on the standard's clock. */
  elapsed: number;
  /** Time left (negative when over), on the standard's clock. */
  remaining: number;
}

/**
 * One item against the standard's tightest limit. Open items are on time, due soon (within
 * the last `dueSoonShare` of the limit; for working-day clocks, on the last working day or
 * the one before) or breached at `now`; finished items met or missed.
 */
export function itemClock(
  standard: ServiceStandard,
  ctx: ClockContext,
  item: { startedAt: Date; finishedAt: Date | null },
  now: Date,
  dueSoonShare = 0.2,
): ItemClock {
  const limit = Math.min(...standard.thresholds.map((t) => t.limit));
  const dueAt = deadlineFor(standard, ctx, item.startedAt, limit);
  const end = item.finishedAt ?? now;
  const used = elapsed(standard, ctx, item.startedAt, end);
  const remaining = limit - used;
  if (item.finishedAt)
    return { state: item.finishedAt <= dueAt ? 'met' : 'missed', dueAt, elapsed: used, remaining };
  if (now > dueAt) return { state: 'breached', dueAt, elapsed: used, remaining };
  const soonWindow = standard.unit === 'working_days' ? Math.min(2, limit) : limit * dueSoonShare;
  return {
    state: remaining <= soonWindow ? 'due_soon' : 'on_time',
    dueAt,
    elapsed: used,
    remaining,
  };
}

export interface ThresholdResult extends Threshold {
  label: string;
  /** Items decided against this limit: finished ones, and open ones already past it. */
  counted: number;
  within: number;
  /** Open items still inside the limit: not yet decided, so not counted. */
  pending: number;
  achievedPercent: number | null;
  met: boolean | null;
}

export interface StandardPerformance {
  thresholds: ThresholdResult[];
  /** For an average standard: the mean time, on the standard's clock, of finished items. */
  average: number | null;
}

/** The share achieved against each threshold (or the average, for an average standard). */
export function performance(
  standard: ServiceStandard,
  ctx: ClockContext,
  items: readonly { startedAt: Date; finishedAt: Date | null }[],
  now: Date,
): StandardPerformance {
  const finished = items.filter((i) => i.finishedAt);
  const times = finished.map((i) => elapsed(standard, ctx, i.startedAt, i.finishedAt!));
  const average = times.length === 0 ? null : times.reduce((a, b) => a + b, 0) / times.length;
  const thresholds = standard.thresholds.map((threshold): ThresholdResult => {
    let counted = 0;
    let within = 0;
    let pending = 0;
    for (const item of items) {
      const dueAt = deadlineFor(standard, ctx, item.startedAt, threshold.limit);
      if (item.finishedAt) {
        counted += 1;
        if (item.finishedAt <= dueAt) within += 1;
      } else if (now > dueAt) {
        counted += 1; // already too late, whatever happens next
      } else {
        pending += 1;
      }
    }
    const achievedPercent = counted === 0 ? null : (within / counted) * 100;
    const met =
      standard.measure === 'average_within'
        ? average === null
          ? null
          : average <= threshold.limit
        : achievedPercent === null
          ? null
          : achievedPercent >= threshold.percent;
    return {
      ...threshold,
      label: describeThreshold(standard, threshold),
      counted,
      within,
      pending,
      achievedPercent,
      met,
    };
  });
  return { thresholds, average };
}
