import { describe, expect, it } from 'vitest';
import { faceToFaceWaits, isOverWaitLimit, percentile, type WaitVisit } from './waits';

const t = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00Z`);
const seen = (arrived: string, firstSeen: string, appointment?: string): WaitVisit => ({
  state: 'done',
  arrivedAt: t(arrived),
  appointmentAt: appointment ? t(appointment) : null,
  firstSeenAt: t(firstSeen),
});

describe('face-to-face wait figures', () => {
  it('works out a morning by hand', () => {
    const visits: WaitVisit[] = [
      seen('09:00', '09:04'), // 4 min
      seen('09:01', '09:12'), // 11 min: a breach
      seen('09:02', '09:10'), // 8 min
      seen('09:50', '10:03', '10:00'), // early for a 10:00 appointment: 3 min
      { state: 'left', arrivedAt: t('09:05'), appointmentAt: null, firstSeenAt: null },
      { state: 'waiting', arrivedAt: t('09:45'), appointmentAt: null, firstSeenAt: null }, // 15 min so far
    ];
    const f = faceToFaceWaits(visits, t('10:00'));
    expect(f).toMatchObject({
      visits: 6,
      seen: 4,
      seenWithinLimit: 3,
      shareWithinLimit: 0.75,
      averageWaitSeconds: ((4 + 11 + 8 + 3) * 60) / 4, // 6.5 min
      p90WaitSeconds: 11 * 60,
      longestWaitSeconds: 15 * 60, // the visitor still waiting
      leftWithoutBeingSeen: 1,
      waitingNow: 1,
    });
  });

  it('keeps the longest wait that is over apart from the longest still waiting (issue 19)', () => {
    // By hand, at 10:30: A seen at 09:10 after 10 min; B arrived 09:40, gave up at 10:04
    // (24 min); C arrived 10:12, still waiting (18 min); D arrived 10:25 (5 min); E did not
    // answer when called.
    const morning: WaitVisit[] = [
      seen('09:00', '09:10'),
      {
        state: 'left',
        arrivedAt: t('09:40'),
        appointmentAt: null,
        firstSeenAt: null,
        closedAt: t('10:04'),
      },
      { state: 'waiting', arrivedAt: t('10:12'), appointmentAt: null, firstSeenAt: null },
      { state: 'called', arrivedAt: t('10:25'), appointmentAt: null, firstSeenAt: null },
      {
        state: 'no_show',
        arrivedAt: t('09:30'),
        appointmentAt: null,
        firstSeenAt: null,
        closedAt: t('10:20'),
      },
    ];
    const at1030 = faceToFaceWaits(morning, t('10:30'));
    expect(at1030).toMatchObject({
      longestEndedWaitSeconds: 24 * 60, // B, who left
      longestEndedWaitLeft: true,
      longestWaitingNowSeconds: 18 * 60, // C
      waitingOverLimit: 1, // C at 18 min; D at 5 min is within
      waitingNow: 2,
      seen: 1,
      seenWithinLimit: 1,
      longestWaitSeconds: 18 * 60, // unchanged meaning for the reports: seen or waiting
    });
    // 10:31: C gives up after 19 min. The longest ended wait stays 24 min (B); the longest
    // still waiting is now D's 6 min, and nobody still waiting is over 10 min.
    const cLeft = morning.map((v, i) =>
      i === 2 ? { ...v, state: 'left' as const, closedAt: t('10:31') } : v,
    );
    expect(faceToFaceWaits(cLeft, t('10:31'))).toMatchObject({
      longestEndedWaitSeconds: 24 * 60,
      longestEndedWaitLeft: true,
      longestWaitingNowSeconds: 6 * 60,
      waitingOverLimit: 0,
      leftWithoutBeingSeen: 2,
    });
  });

  it('marks the longest ended wait as left only when someone seen did not wait as long', () => {
    const tie: WaitVisit[] = [
      seen('09:00', '09:12'), // 12 min
      {
        state: 'left',
        arrivedAt: t('09:00'),
        appointmentAt: null,
        firstSeenAt: null,
        closedAt: t('09:12'),
      },
    ];
    expect(faceToFaceWaits(tie, t('10:00'))).toMatchObject({
      longestEndedWaitSeconds: 12 * 60,
      longestEndedWaitLeft: false,
    });
    // A caller that does not say when a visitor left (the daily stats as they were) still
    // counts them as left, with no wait.
    const unknown: WaitVisit[] = [
      { state: 'left', arrivedAt: t('09:00'), appointmentAt: null, firstSeenAt: null },
    ];
    expect(faceToFaceWaits(unknown, t('10:00'))).toMatchObject({
      leftWithoutBeingSeen: 1,
      longestEndedWaitSeconds: null,
      longestEndedWaitLeft: false,
    });
  });

  it('breaks the promise only past the limit: 600 s is within 10 minutes, 601 s is not', () => {
    expect([isOverWaitLimit(600, 10), isOverWaitLimit(601, 10)]).toEqual([false, true]);
  });

  it('counts exactly 10 minutes as within 10 minutes', () => {
    expect(faceToFaceWaits([seen('09:00', '09:10')], t('12:00')).seenWithinLimit).toBe(1);
  });

  it('has no share, average or percentile before anyone is seen', () => {
    const f = faceToFaceWaits([], t('09:00'));
    expect([
      f.shareWithinLimit,
      f.averageWaitSeconds,
      f.p90WaitSeconds,
      f.longestWaitSeconds,
      f.longestEndedWaitSeconds,
      f.longestWaitingNowSeconds,
    ]).toEqual([null, null, null, null, null, null]);
  });

  it('takes the nearest-rank percentile', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });
});
