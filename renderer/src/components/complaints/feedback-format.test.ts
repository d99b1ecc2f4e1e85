import { describe, expect, it } from 'vitest';
import type { ComplaintStageView } from '../../../../shared/api';
import {
  formatMonth,
  isIsoMonth,
  monthBounds,
  previousMonth,
  stageClockWords,
} from './feedback-format';

describe('the month the figures default to', () => {
  it('is the calendar month before today, across the turn of the year', () => {
    expect(previousMonth('2026-12-03')).toBe('2026-11');
    expect(previousMonth('2027-01-01')).toBe('2026-12');
    expect(previousMonth('2026-03-31')).toBe('2026-02');
  });

  it('runs from the first to the last day, leap years included', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthBounds('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });

  it('is named as people say it, and nonsense is refused', () => {
    expect(formatMonth('2026-11')).toBe('November 2026');
    expect(isIsoMonth('2026-13')).toBe(false);
    expect(isIsoMonth('')).toBe(false);
    expect(isIsoMonth('2026-01')).toBe(true);
  });
});

describe('a stage clock in words', () => {
  const stage = (over: Partial<ComplaintStageView>): ComplaintStageView => ({
    stage: 'stage_1',
    startedAt: '2026-11-23T10:00:00Z',
    dueDate: '2026-12-07',
    reason: null,
    respondedAt: null,
    outcome: null,
    response: null,
    clock: 'on_time',
    ...over,
  });

  it('always carries a symbol beside the words', () => {
    expect(stageClockWords(stage({ clock: 'breached' }))).toMatchObject({
      symbol: '✗',
      words: 'Overdue',
    });
    expect(stageClockWords(stage({ clock: null, outcome: 'escalated' })).words).toBe(
      'Escalated before a reply',
    );
    expect(stageClockWords(stage({ stage: 'ombudsman', clock: null, dueDate: null })).words).toBe(
      'With the ombudsman (their timescale)',
    );
  });
});
