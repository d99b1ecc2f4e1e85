// The periods a team leader reports on: a day, the week (Monday to Sunday), the month or the
// quarter containing a date, or any range.
import { addCalendarDays } from '../../../shared/time/london';
import { weekdayIndex } from '../../../shared/time/london-hours';

export const PERIODS = ['day', 'week', 'month', 'quarter', 'range'] as const;
export type Period = (typeof PERIODS)[number];

export const PERIOD_LABELS: Record<Period, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  range: 'Dates I choose',
};

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function periodOf(
  kind: Exclude<Period, 'range'>,
  date: string,
): { from: string; to: string } {
  const [y, m] = date.split('-').map(Number) as [number, number];
  switch (kind) {
    case 'day':
      return { from: date, to: date };
    case 'week': {
      const from = addCalendarDays(date, -weekdayIndex(date));
      return { from, to: addCalendarDays(from, 6) };
    }
    case 'month':
      return { from: `${date.slice(0, 7)}-01`, to: lastDayOfMonth(y, m) };
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return {
        from: `${y}-${String(first).padStart(2, '0')}-01`,
        to: lastDayOfMonth(y, first + 2),
      };
    }
  }
}
