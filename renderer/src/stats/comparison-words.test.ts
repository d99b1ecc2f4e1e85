// How a day reads beside the same weekday in earlier weeks: only weekdays since the council
// began using the app, and how many, in words (issue 19: "4-week average of 0").
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../shared/api/stats';
import { comparisonText } from './format';

const monday = (c: Partial<Comparison>): Comparison => ({
  average: null,
  weeks: 0,
  compared: 0,
  weekday: 'Monday',
  sinceStart: false,
  change: null,
  verdict: null,
  ...c,
});

describe('a comparison in words', () => {
  it('names the 2 Mondays since the council began, and keeps 0.5 of a contact', () => {
    // 1 contact on Monday 9th, none on the 16th: (1 + 0) / 2 = 0.5; today 3, up.
    expect(
      comparisonText(
        monday({ average: 0.5, weeks: 2, compared: 2, sinceStart: true, change: 'up' }),
        'count',
      ),
    ).toBe('▲ Up on 0.5, the average of the 2 Mondays since the council began');
  });

  it('names the 4 Mondays before once the council has used the app that long', () => {
    // FCR of 100%, 50%, 75% and 75% on the four Mondays: 75%; today 66.7% is worse.
    expect(
      comparisonText(
        monday({ average: 0.75, weeks: 4, compared: 4, change: 'down', verdict: 'worse' }),
        'percent',
      ),
    ).toBe('▼ Down on 75%, the average of the 4 Mondays before (worse)');
  });

  it('says which Mondays had a figure when some had nothing to measure', () => {
    expect(
      comparisonText(
        monday({ average: 0.75, weeks: 2, compared: 4, change: 'down', verdict: 'worse' }),
        'percent',
      ),
    ).toBe('▼ Down on 75%, the average of the 2 Mondays with a figure, of the 4 before (worse)');
    expect(comparisonText(monday({ compared: 1, sinceStart: true }), 'percent')).toBe(
      'Nothing to compare with: no figure on the one Monday since the council began',
    );
  });

  it('has nothing to compare with in the council’s first week', () => {
    expect(comparisonText(monday({ sinceStart: true }), 'count')).toBe(
      'No earlier Mondays since the council began to compare with',
    );
  });
});
