import { describe, expect, it } from 'vitest';
import { faceToFaceWaits, percentile, type WaitVisit } from './waits';

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
    ]).toEqual([null, null, null, null]);
  });

  it('takes the nearest-rank percentile', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });
});
