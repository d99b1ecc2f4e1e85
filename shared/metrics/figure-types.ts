// The shapes the figure rules work on, here beside the rules so shared/metrics needs nothing
// from the API contract (shared/api/stats.ts re-exports them for the screens).

export type FigureUnit = 'percent' | 'seconds' | 'count' | 'working_days';

/** Which way is good: a higher FCR, a lower wait; volume is neither. */
export type Better = 'higher' | 'lower' | 'neither';

/** A figure as the rules that show and judge it need it. */
export interface ShownFigure {
  value: number | null;
  /** With `value` null: why the figure is not known yet and when it will be. */
  notKnownWhy: string | null;
  unit: FigureUnit;
  /** A percent figure's target as a share (0.8): shown to one decimal near it, judged on
   * what is shown. */
  targetShare?: number;
}

export interface Comparison {
  /** The same weekday's average over the previous four weeks (weeks with no data left out,
   * and weeks before the council began using the app never counted). */
  average: number | null;
  /** How many earlier weekdays the average is over: those compared with a figure. */
  weeks: number;
  /** How many earlier weekdays were compared: four, or fewer since the council began. */
  compared: number;
  /** The weekday compared, "Monday". */
  weekday: string;
  /** The council began using the app within the four weeks, so fewer were compared. */
  sinceStart: boolean;
  change: 'up' | 'down' | 'same' | null;
  /** Whether the change is for the better, given which way is good. */
  verdict: 'better' | 'worse' | 'same' | null;
}
