import { describe, expect, it } from 'vitest';
import { compareWithAverage } from './comparison';

describe('compareWithAverage', () => {
  it('averages the weeks that had something to measure', () => {
    expect(compareWithAverage(0.9, [1, 0.5, null, null], 'higher')).toEqual({
      average: 0.75,
      weeks: 2,
      change: 'up',
      verdict: 'better',
    });
  });

  it('reads a fall in a lower-is-better figure as better, and volume as neither', () => {
    expect(compareWithAverage(20, [30, 40, 20, 30], 'lower')).toMatchObject({
      change: 'down',
      verdict: 'better',
    });
    expect(compareWithAverage(12, [10, 10, 10, 10], 'neither')).toMatchObject({
      change: 'up',
      verdict: null,
    });
  });

  it('calls a rounding-sized difference level, and says nothing with nothing to compare', () => {
    expect(compareWithAverage(0.801, [0.8], 'higher')).toMatchObject({
      change: 'same',
      verdict: 'same',
    });
    expect(compareWithAverage(0.8, [null, null], 'higher')).toEqual({
      average: null,
      weeks: 0,
      change: null,
      verdict: null,
    });
  });
});
