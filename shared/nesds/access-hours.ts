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

/** The spells outside Monday to Friday 09:00-17:00, as "Sat 09:00-12:00". */
export function hoursBeyondNineToFive(hours: OpeningHours): string[] {
  const beyond: string[] = [];
  for (const day of WEEKDAYS) {
    const weekend = day === 'sat' || day === 'sun';
    for (const spell of hours[day]) {
      const outside =
        weekend || minutesOfDay(spell.open) < NINE || minutesOfDay(spell.close) > FIVE;
      if (outside) beyond.push(`${SHORT[day]} ${spell.open}-${spell.close}`);
    }
  }
  return beyond;
}
