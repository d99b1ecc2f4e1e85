// A site's weekly opening hours, e.g. Mon-Thu 08:30-16:30, Fri 08:30-16:00; several spells
// a day are allowed, and a 24-hour contact centre is 00:00-24:00 every day.
import { z } from 'zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export interface OpeningSpell {
  open: string;
  close: string;
}

export type OpeningHours = Record<Weekday, OpeningSpell[]>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

const spell = z.object({
  open: z.string().regex(TIME, 'Write opening times as HH:MM, e.g. 08:30.'),
  close: z.string().regex(TIME, 'Write closing times as HH:MM, e.g. 16:30 (24:00 for midnight).'),
});

/** Opening hours with clear messages: a close before its open, or overlapping spells, are refused. */
export const openingHoursSchema = z
  .object(
    Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(spell).max(6)])) as Record<
      Weekday,
      z.ZodArray<typeof spell>
    >,
  )
  .strict()
  .superRefine((hours, ctx) => {
    for (const day of WEEKDAYS) {
      const spells = [...hours[day]].sort((a, b) => minutesOfDay(a.open) - minutesOfDay(b.open));
      spells.forEach((s, i) => {
        if (s.open === '24:00' || minutesOfDay(s.close) <= minutesOfDay(s.open)) {
          ctx.addIssue({
            code: 'custom',
            path: [day],
            message: `${WEEKDAY_LABELS[day]}: ${s.open}-${s.close} closes before it opens.`,
          });
        }
        const next = spells[i + 1];
        if (next && minutesOfDay(next.open) < minutesOfDay(s.close)) {
          ctx.addIssue({
            code: 'custom',
            path: [day],
            message: `${WEEKDAY_LABELS[day]}: ${s.open}-${s.close} overlaps ${next.open}-${next.close}.`,
          });
        }
      });
    }
  });

export const ALWAYS_OPEN: OpeningHours = Object.fromEntries(
  WEEKDAYS.map((d) => [d, [{ open: '00:00', close: '24:00' }]]),
) as OpeningHours;

/** The weekday of a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): Weekday {
  const index = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(index + 6) % 7]!;
}

/** A new site's hours until an administrator sets its own: the usual council week, Monday
 * to Thursday and a shorter Friday; a contact centre answers the phones a little longer. */
export const DEFAULT_OPENING_HOURS: Record<'one_stop_shop' | 'contact_centre', OpeningHours> = {
  one_stop_shop: {
    mon: [{ open: '08:30', close: '16:30' }],
    tue: [{ open: '08:30', close: '16:30' }],
    wed: [{ open: '08:30', close: '16:30' }],
    thu: [{ open: '08:30', close: '16:30' }],
    fri: [{ open: '08:30', close: '16:00' }],
    sat: [],
    sun: [],
  },
  contact_centre: {
    mon: [{ open: '08:00', close: '18:00' }],
    tue: [{ open: '08:00', close: '18:00' }],
    wed: [{ open: '08:00', close: '18:00' }],
    thu: [{ open: '08:00', close: '18:00' }],
    fri: [{ open: '08:00', close: '17:00' }],
    sat: [],
    sun: [],
  },
};
