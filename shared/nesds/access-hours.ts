// NeSDS standard 1 (Minimum): "hours of service beyond traditional hours e.g. Monday to
// Friday 9-5". Which of a site's opening spells reach outside those hours.
import { minutesOfDay, WEEKDAYS, type OpeningHours } from '../time/opening-hours';

const NINE = 9 * 60;
const FIVE = 17 * 60;
const SHORT: Record<(typeof WEEKDAYS)[number], string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** The spells outside Monday to Friday 09:00-17:00, days in a row with the same spells
 * written once: "Mon-Thu 08:00-18:00", "Sat 09:00-12:00". */
export function hoursBeyondNineToFive(hours: OpeningHours): string[] {
  const byDay = WEEKDAYS.map((day) => {
    const weekend = day === 'sat' || day === 'sun';
    return hours[day]
      .filter((s) => weekend || minutesOfDay(s.open) < NINE || minutesOfDay(s.close) > FIVE)
      .map((s) => `${s.open}-${s.close}`)
      .join(', ');
  });
  const runs: string[] = [];
  for (let i = 0; i < WEEKDAYS.length; i += 1) {
    if (!byDay[i]) continue;
    let j = i;
    while (j + 1 < WEEKDAYS.length && byDay[j + 1] === byDay[i]) j += 1;
    const days = i === j ? SHORT[WEEKDAYS[i]!] : `${SHORT[WEEKDAYS[i]!]}-${SHORT[WEEKDAYS[j]!]}`;
    runs.push(`${days} ${byDay[i]}`);
    i = j;
  }
  return runs;
}
