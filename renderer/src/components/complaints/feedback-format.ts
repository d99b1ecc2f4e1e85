// Words for complaint clocks and the months the figures count by. A stage's state comes from
// the back end's clock (the rule lives once, in shared/time); this file only says it in words,
// always with a symbol so the state never rests on colour alone.
import type { ComplaintStageView, FeedbackView } from '../../../../shared/api';
import { addCalendarDays, londonDateOf, londonTimeOf } from '../../../../shared/time/london';
import { formatDay } from '../../format';

export interface ClockWords {
  symbol: string;
  words: string;
  /** A CSS modifier for the colour that repeats what the symbol and words already say. */
  tone: 'good' | 'warn' | 'bad' | 'none';
}

const STATE_WORDS: Record<NonNullable<ComplaintStageView['clock']>, ClockWords> = {
  on_time: { symbol: '✓', words: 'On time', tone: 'good' },
  due_soon: { symbol: '!', words: 'Due soon', tone: 'warn' },
  breached: { symbol: '✗', words: 'Overdue', tone: 'bad' },
  met: { symbol: '✓', words: 'Met: replied by the due date', tone: 'good' },
  missed: { symbol: '✗', words: 'Missed: replied after the due date', tone: 'bad' },
};

/** The clock of one complaint stage in words. */
export function stageClockWords(stage: ComplaintStageView): ClockWords {
  if (stage.clock) return STATE_WORDS[stage.clock];
  if (stage.outcome === 'escalated')
    return { symbol: '→', words: 'Escalated before a reply', tone: 'none' };
  if (stage.stage === 'ombudsman')
    return { symbol: '–', words: 'With the ombudsman (their timescale)', tone: 'none' };
  return { symbol: '–', words: 'No standard set for this stage', tone: 'none' };
}

/** The stage a complaint is at now: the last one started. */
export function currentStage(item: FeedbackView): ComplaintStageView | null {
  return item.stages.at(-1) ?? null;
}

/** The clock shown in the list: the current stage's, or why there is none. */
export function itemClockWords(item: FeedbackView): ClockWords {
  const stage = currentStage(item);
  if (stage) return stageClockWords(stage);
  // Compliments and comments are recorded and passed on; no reply clock runs.
  return { symbol: '–', words: 'Recorded; no reply due', tone: 'none' };
}

/** "Monday 23 November 2026 at 10:00" for an instant, on the London clock. */
export function formatDayAndTime(instant: string): string {
  return `${formatDay(londonDateOf(instant))} at ${londonTimeOf(instant)}`;
}

/** A month as `YYYY-MM`, the value of `<input type="month">`. */
export type IsoMonth = string;

/** The calendar month before the one `today` (a London `YYYY-MM-DD`) falls in. */
export function previousMonth(today: string): IsoMonth {
  return addCalendarDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** The first and last day of a month, as the figures ask for them. */
export function monthBounds(month: IsoMonth): { from: string; to: string } {
  const from = `${month}-01`;
  const nextFirst = `${addCalendarDays(from, 31).slice(0, 7)}-01`;
  return { from, to: addCalendarDays(nextFirst, -1) };
}

const monthFormatter = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "November 2026". */
export function formatMonth(month: IsoMonth): string {
  return monthFormatter.format(new Date(`${month}-15T12:00:00Z`));
}

/** True for a well-formed `YYYY-MM` with a real month. */
export function isIsoMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}
