// How figures are written in words, the same on the stats screen, its print-out and CSV, and
// in the NeSDS evidence report ("83%", "79.9%", "1 min 05 s").
import type { FigureUnit, ShownFigure } from './figure-types';

/**
 * Within this many percentage points of its target, a share is shown to one decimal, and
 * judged on that shown value: November's FCR of 79.9% read "80% ✗ Target missed: 80% or
 * more", judged on one number and shown as another (issue 19). Further off, a whole percent
 * is at most half a point out, so it can never cross the target by rounding.
 */
export const NEAR_TARGET_POINTS = 1;

/** Rounded half up; the nudge keeps 79.95% (1599 of 2000, stored as 79.94999...) at 80.0%. */
const halfUp = (value: number) => Math.round(value + 1e-7);

/** Decimals a share is shown with: one within a point of its target, else none. */
export function percentDigits(share: number, target: number | null): 0 | 1 {
  return target !== null && Math.abs(share - target) * 100 < NEAR_TARGET_POINTS ? 1 : 0;
}

/** The percentage a share (0-1) is shown as: 0.7994 against 0.8 is 79.9, against none 80. */
export function shownPercent(share: number, target: number | null = null): number {
  return percentDigits(share, target) === 1 ? halfUp(share * 1000) / 10 : halfUp(share * 100);
}

/** "79.9%" near an 80% target, "83%" elsewhere. */
export function percentText(share: number, target: number | null = null): string {
  const digits = percentDigits(share, target);
  const shown = shownPercent(share, target).toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${shown}%`;
}

/**
 * A target a figure is judged against: a share of at least this much (0.8 for "80% or more"),
 * or a value of at most this much (30 for "an average of 30 seconds or less", 0 for "none").
 */
export type Target = { atLeastShare: number } | { atMost: number };

/**
 * Whether a figure meets its target: the one rule for every "met" on every screen, report,
 * export and the NeSDS evidence (null: nothing to measure). A share is judged on the value
 * shown (`shownPercent`): 79.9% misses 80%, and 79.96%, shown as 80.0%, meets it. A value with
 * a ceiling is judged as shown too, in whole units (formatValue rounds seconds and counts):
 * an average answer of 30.4 seconds shows as "30 s" and meets "30 seconds or less", and 30.5
 * shows as "31 s" and misses it. A figure never reads "30 s ✗ target missed".
 */
export function judge(value: number | null, target: Target): boolean | null {
  if (value === null) return null;
  if ('atMost' in target) return Math.round(value) <= target.atMost;
  return shownPercent(value, target.atLeastShare) >= target.atLeastShare * 100 - 1e-9;
}

/**
 * Every wait and duration the app shows, on every screen: "45 s", "6 min 52 s", "1 h 02 min"
 * (issue 19: one format). Live timers use it too, ticking: "13:05" beside an arrival time of
 * "10:00" reads as a clock time, to the eye and to a screen reader alike. Part seconds are
 * dropped, as a stopwatch does; a figure that wants rounding rounds first (formatValue).
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** A value in words; a percent with its target (a share) is shown as it is judged. */
export function formatValue(
  value: number | null,
  unit: FigureUnit,
  target: number | null = null,
): string {
  if (value === null) return 'None yet';
  switch (unit) {
    case 'percent':
      return percentText(value, target);
    case 'seconds':
      return formatDuration(Math.round(value));
    case 'working_days':
      return `${value.toFixed(1)} working days`;
    case 'count':
      return Math.round(value).toLocaleString('en-GB');
  }
}

/** A figure's value in words; one not known yet says when it will be, not "none yet". */
export function figureValueText(figure: ShownFigure): string {
  if (figure.value === null && figure.notKnownWhy !== null)
    return figure.notKnownWhy.charAt(0).toUpperCase() + figure.notKnownWhy.slice(1);
  return formatValue(figure.value, figure.unit, figure.targetShare ?? null);
}

/** An average of earlier days' values: a count averaged over weeks keeps one decimal (0.25
 * printed as "0" read as none at all; issue 19), other units as the figure itself. */
export function formatAverage(value: number, unit: FigureUnit): string {
  if (unit !== 'count' || Number.isInteger(value)) return formatValue(value, unit);
  return value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
