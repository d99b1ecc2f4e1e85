import { describe, expect, it } from 'vitest';
import { answerFigures } from './telephone';

describe('answerFigures', () => {
  it('averages over answered calls only and reports abandoned beside it', () => {
    const figures = answerFigures([
      { queuedAt: '2026-11-23T09:00:00Z', answeredAt: '2026-11-23T09:00:20Z', abandonedAt: null },
      { queuedAt: '2026-11-23T09:10:00Z', answeredAt: '2026-11-23T09:10:45Z', abandonedAt: null },
      // Abandoned after 5 minutes: not in the average, or it would be 108 s.
      { queuedAt: '2026-11-23T09:20:00Z', answeredAt: null, abandonedAt: '2026-11-23T09:25:00Z' },
    ]);
    // (20 + 45) / 2 = 32.5 s: over an average of 30.
    expect(figures).toMatchObject({
      offered: 3,
      answered: 2,
      abandoned: 1,
      abandonedShare: 1 / 3,
      averageSpeedOfAnswer: 32.5,
      answeredAfterTarget: 1,
      met: false,
    });
  });

  it('has nothing to measure before the first call', () => {
    expect(answerFigures([])).toMatchObject({
      averageSpeedOfAnswer: null,
      met: null,
      abandonedShare: null,
    });
  });
});
