import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../time/opening-hours';
import { hoursBeyondNineToFive } from './access-hours';

const week = (open: string, close: string): OpeningHours => ({
  mon: [{ open, close }],
  tue: [{ open, close }],
  wed: [{ open, close }],
  thu: [{ open, close }],
  fri: [{ open, close }],
  sat: [],
  sun: [],
});

describe('hours beyond Monday to Friday 9 to 5 (NeSDS 1)', () => {
  it('9 to 5 exactly, or inside it, is not beyond', () => {
    expect(hoursBeyondNineToFive(week('09:00', '17:00'))).toEqual([]);
    expect(hoursBeyondNineToFive(week('09:30', '16:30'))).toEqual([]);
  });

  it('an 08:30 opening, a 17:30 close or a Saturday morning are', () => {
    const hours = week('09:00', '17:00');
    hours.mon = [{ open: '08:30', close: '16:30' }];
    hours.thu = [
      { open: '09:00', close: '12:00' },
      { open: '13:00', close: '17:30' },
    ];
    hours.sat = [{ open: '09:00', close: '12:00' }];
    expect(hoursBeyondNineToFive(hours)).toEqual([
      'Mon 08:30-16:30',
      'Thu 13:00-17:30',
      'Sat 09:00-12:00',
    ]);
  });

  it('days in a row with the same hours are written once', () => {
    const hours = week('08:00', '18:00');
    hours.fri = [{ open: '08:00', close: '17:00' }];
    hours.sat = [{ open: '09:00', close: '12:00' }];
    hours.sun = [{ open: '09:00', close: '12:00' }];
    expect(hoursBeyondNineToFive(hours)).toEqual([
      'Mon-Thu 08:00-18:00',
      'Fri 08:00-17:00',
      'Sat-Sun 09:00-12:00',
    ]);
  });
});
