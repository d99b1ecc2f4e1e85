// Where the switch's records replace typed answer times: only in the clock hours at a site
// that an import's calls fall in. The rest of the day, and other sites, keep the typed times;
// the preview says how many go and for which hours, and a part-covered day says so.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS } from '../time/opening-hours';
import { coverWords, hourSpans, shortDay, typedTimeWords } from './switch-cover-words';
import {
  cellsOf,
  countsInFigures,
  coveredDays,
  openingClockHours,
  queueHour,
  typedReplacedBy,
} from './switch-cover';

const CC = 'contact-centre';
const TOWN_HALL = 'town-hall';
const at = (siteId: string, queuedAt: string) => ({ siteId, queuedAt });

describe('which answer times count', () => {
  // Fri 4 Dec 2026 is in GMT: London hours are UTC hours.
  const switchCells = cellsOf([at(CC, '2026-12-04T09:05:00.000Z')]);

  it('counts a typed time outside the hours the switch’s records cover, and not inside', () => {
    const typed = (siteId: string, queuedAt: string) => ({ siteId, queuedAt, fromSwitch: false });
    expect(countsInFigures(typed(CC, '2026-12-04T09:59:59.000Z'), switchCells)).toBe(false);
    expect(countsInFigures(typed(CC, '2026-12-04T08:59:59.000Z'), switchCells)).toBe(true);
    expect(countsInFigures(typed(CC, '2026-12-04T10:00:00.000Z'), switchCells)).toBe(true);
    // Another site's typed times are not the switch's to replace.
    expect(countsInFigures(typed(TOWN_HALL, '2026-12-04T09:30:00.000Z'), switchCells)).toBe(true);
    // The switch's own calls always count.
    expect(
      countsInFigures({ ...at(CC, '2026-12-04T09:30:00.000Z'), fromSwitch: true }, switchCells),
    ).toBe(true);
  });

  it('keys an hour by London clock hour across the clock change', () => {
    // Sun 25 Oct 2026: 01:00-02:00 London happens twice, 00:xx UTC (BST) then 01:xx UTC (GMT).
    expect(queueHour('2026-10-25T00:30:00Z')).toBe('2026-10-25T00');
    expect(queueHour('2026-10-25T01:30:00+00:00')).toBe('2026-10-25T01');
    const bst = cellsOf([at(CC, '2026-10-25T00:30:00.000Z')]);
    expect(countsInFigures({ ...at(CC, '2026-10-25T01:30:00.000Z'), fromSwitch: false }, bst)).toBe(
      true,
    );
  });

  it('replaces only typed times that still count and fall in the file’s hours', () => {
    const typed = [
      at(CC, '2026-12-04T09:10:00.000Z'), // in the file's hour: replaced
      at(CC, '2026-12-04T09:50:00.000Z'), // replaced
      at(CC, '2026-12-04T11:10:00.000Z'), // already replaced by an earlier import
      at(CC, '2026-12-04T14:10:00.000Z'), // no switch records: kept
      at(TOWN_HALL, '2026-12-04T09:10:00.000Z'), // another site: kept
    ];
    const earlier = cellsOf([at(CC, '2026-12-04T11:00:00.000Z')]);
    const file = cellsOf([at(CC, '2026-12-04T09:00:05.000Z'), at(CC, '2026-12-04T11:30:00.000Z')]);
    expect(typedReplacedBy(typed, earlier, file)).toEqual([typed[0], typed[1]]);
  });
});

describe('what the preview says', () => {
  const friday = DEFAULT_OPENING_HOURS.contact_centre; // Fri 08:00-17:00

  it('reads the opening hours as clock hours', () => {
    expect(openingClockHours(friday, '2026-12-04')).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
    // A One Stop Shop's Friday, 08:30-16:00: the 08:00 and 15:00 hours are partly open.
    expect(openingClockHours(DEFAULT_OPENING_HOURS.one_stop_shop, '2026-12-04')).toEqual([
      8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    expect(openingClockHours(friday, '2026-12-05')).toEqual([]); // Saturday
  });

  it('names the hours as spans and the days as a person says them', () => {
    expect(shortDay('2026-12-04')).toBe('Fri 4 Dec');
    expect(hourSpans([14, 9])).toBe('09:00-10:00 and 14:00-15:00');
    expect(hourSpans([9, 10, 11, 15, 23])).toBe('09:00-12:00, 15:00-16:00 and 23:00-24:00');
    const days = coveredDays(
      [
        at(CC, '2026-12-03T16:30:00.000Z'),
        at(CC, '2026-12-04T09:05:00.000Z'),
        at(CC, '2026-12-04T14:59:00.000Z'),
      ],
      friday,
    );
    expect(coverWords(days)).toBe('Thu 3 Dec 16:00-17:00; Fri 4 Dec 09:00-10:00 and 14:00-15:00');
  });

  it('says how many typed times go, for which hours, and that the day is covered in part', () => {
    const coverage = coveredDays(
      [at(CC, '2026-12-04T09:05:00.000Z'), at(CC, '2026-12-04T14:20:00.000Z')],
      friday,
    );
    expect(typedTimeWords({ typedReplaced: 162, siteName: 'Contact Centre', coverage })).toEqual([
      '162 typed answer times will be replaced by the switch’s records for Fri 4 Dec 09:00-10:00 and 14:00-15:00 at Contact Centre.',
      'The file covers 2 of the 9 opening hours of Fri 4 Dec: the rest of the day keeps the typed times.',
    ]);
    expect(typedTimeWords({ typedReplaced: 1, siteName: 'Contact Centre', coverage })[0]).toBe(
      '1 typed answer time will be replaced by the switch’s records for Fri 4 Dec 09:00-10:00 and 14:00-15:00 at Contact Centre.',
    );
  });

  it('says nothing of part days when the file covers every opening hour, and sums up a month', () => {
    const wholeDay = coveredDays(
      Array.from({ length: 9 }, (_, i) =>
        at(CC, `2026-12-04T${String(8 + i).padStart(2, '0')}:10:00Z`),
      ),
      friday,
    );
    expect(
      typedTimeWords({ typedReplaced: 0, siteName: 'Contact Centre', coverage: wholeDay }),
    ).toEqual([
      'No typed answer times will be replaced for Fri 4 Dec 08:00-17:00 at Contact Centre.',
    ]);
    const month = coveredDays(
      Array.from({ length: 10 }, (_, i) =>
        at(CC, `2026-12-${String(i + 1).padStart(2, '0')}T09:10:00Z`),
      ),
      friday,
    );
    expect(
      typedTimeWords({ typedReplaced: 40, siteName: 'Contact Centre', coverage: month }),
    ).toEqual([
      '40 typed answer times will be replaced by the switch’s records for the hours of 10 days from Tue 1 Dec to Thu 10 Dec that its calls fall in at Contact Centre.',
      'The file covers only part of the opening hours on 8 days: the rest of each day keeps the typed times.',
    ]);
    expect(typedTimeWords({ typedReplaced: 0, siteName: 'Contact Centre', coverage: [] })).toEqual(
      [],
    );
  });
});
