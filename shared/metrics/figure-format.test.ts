// Every wait and duration in one format (formatDuration's contract, issue 19).
import { describe, expect, it } from 'vitest';
import { formatDuration, formatValue } from './figure-format';

describe('a duration in words', () => {
  it('reads "45 s", "6 min 52 s" and "1 h 02 min"', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(6 * 60 + 52)).toBe('6 min 52 s');
    expect(formatDuration(62 * 60)).toBe('1 h 02 min');
  });

  it('drops part seconds as a stopwatch does, and is never negative', () => {
    expect(formatDuration(59.9)).toBe('59 s');
    expect(formatDuration(-3)).toBe('0 s');
  });

  it('rounds a figure before it is written', () => {
    expect(formatValue(32.5, 'seconds')).toBe('33 s');
  });
});
