import { describe, expect, it } from 'vitest';
import {
  formatMonth,
  formatPercent,
  formatPeriod,
  formatWhen,
  lastSixMonths,
  previousMonth,
  progressWords,
} from './quality-format';

describe('quality wording', () => {
  it('writes shares and scores to one decimal place at most', () => {
    expect(formatPercent(87.5)).toBe('87.5%');
    expect(formatPercent(200 / 3)).toBe('66.7%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(null)).toBe('–');
  });

  it('writes months and periods in words, without repeating what is shared', () => {
    expect(formatMonth('2026-11')).toBe('November 2026');
    expect(formatPeriod('2026-11-23', '2026-11-23')).toBe('23 November 2026');
    expect(formatPeriod('2026-11-01', '2026-11-30')).toBe('1 to 30 November 2026');
    expect(formatPeriod('2026-11-28', '2026-12-04')).toBe('28 November to 4 December 2026');
    expect(formatPeriod('2026-12-28', '2027-01-03')).toBe('28 December 2026 to 3 January 2027');
    // 23:30 UTC on 31 October is already in GMT; 23:30 UTC on 30 September is 00:30 in BST.
    expect(formatWhen('2026-10-31T23:30:00Z')).toBe('31 October 2026, 23:30');
    expect(formatWhen('2026-09-30T23:30:00Z')).toBe('1 October 2026, 00:30');
  });

  it('offers last month for a sample and six months of results', () => {
    expect(previousMonth('2026-12-01')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(previousMonth('2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousMonth('2027-01-04')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(lastSixMonths('2026-03-15')).toEqual({ from: '2025-10-01', to: '2026-03-15' });
  });

  it('says how far the scoring has gone, with a tick when it is done', () => {
    expect(progressWords(3, 10)).toBe('3 of 10 scored');
    expect(progressWords(10, 10)).toBe('✓ All 10 scored');
  });
});
