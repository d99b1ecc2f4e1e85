// The team leader's figures for a day's face-to-face waits, answer times and letters, each
// answer worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { ok } from '../../test/support/backend';
import { backend, day, f, figure, useReportDay } from './report.support';

useReportDay();

describe('a day’s waits, calls and letters', () => {
  it('measures face-to-face waits from arrival or the later appointment, and counts those who left', async () => {
    f.visit({ arrived: '2026-11-23T09:00:00Z', firstSeen: '2026-11-23T09:05:00Z' }); // 300 s
    // Early for a 09:30 appointment, seen 09:38: 480 s from the appointment.
    f.visit({
      arrived: '2026-11-23T09:10:00Z',
      appointment: '2026-11-23T09:30:00Z',
      firstSeen: '2026-11-23T09:38:00Z',
    });
    const late = f.visit({ arrived: '2026-11-23T10:00:00Z', firstSeen: '2026-11-23T10:12:00Z' }); // 720 s
    f.visit({ arrived: '2026-11-23T10:20:00Z', firstSeen: '2026-11-23T10:29:59Z' }); // 599 s
    f.visit({ arrived: '2026-11-23T11:00:00Z', state: 'left' });
    f.visit({ arrived: '2026-11-23T16:50:00Z' }); // still waiting at 17:00: 600 s so far
    const report = await day('2026-11-23');
    expect(figure(report, 'wait.seen').value).toBe(4);
    expect(figure(report, 'wait.seen').detail).toBe('1 visitor waiting now');
    // 3 of 4 within 10 minutes (600 s or less).
    expect(figure(report, 'wait.within')).toMatchObject({ value: 0.75, met: false });
    // (300 + 480 + 720 + 599) / 4 = 524.75 s. The promise is to each visitor, so an average
    // carries no tick (issue 19), nor does the percentile.
    expect(figure(report, 'wait.average')).toMatchObject({ value: 524.75, met: null });
    // Nearest rank: ceil(0.9 x 4) = 4th of [300, 480, 599, 720].
    expect(figure(report, 'wait.p90')).toMatchObject({ value: 720, met: null });
    expect(figure(report, 'wait.longest').value).toBe(720);
    expect(figure(report, 'wait.left')).toMatchObject({ value: 1, met: false });
    const over = await ok(
      backend.call('stats.records', {
        scope: { from: '2026-11-23', to: '2026-11-23' },
        drill: 'wait.over',
      }),
    );
    expect(over.rows.map((r) => [r.id, r.waitMinutes])).toEqual([[late, 12]]);
  });

  it('gives the average speed of answer over answered calls, abandoned beside it', async () => {
    f.call({ queued: '2026-11-23T09:00:00Z', answered: '2026-11-23T09:00:20Z' }); // 20 s
    f.call({ queued: '2026-11-23T09:10:00Z', answered: '2026-11-23T09:10:45Z' }); // 45 s
    f.call({ queued: '2026-11-23T09:20:00Z', answered: '2026-11-23T09:20:10Z' }); // 10 s
    f.call({ queued: '2026-11-23T09:30:00Z', abandoned: '2026-11-23T09:31:00Z' });
    const report = await day('2026-11-23');
    expect(figure(report, 'calls.answered').value).toBe(3);
    // (20 + 45 + 10) / 3 = 25 s: within an average of 30 seconds.
    expect(figure(report, 'calls.asa')).toMatchObject({
      value: 25,
      met: true,
      detail: '1 call waited over 30 seconds',
    });
    expect(figure(report, 'calls.abandoned')).toMatchObject({
      value: 1,
      detail: '25% of 4 calls that reached the queue',
    });
  });

  it('breaks the calls down by London hour, for staffing the phones', async () => {
    // Monday 30 March 2026, in summer time: 08:xx UTC is 09:xx in London.
    f.call({ queued: '2026-03-30T08:00:00Z', answered: '2026-03-30T08:00:20Z' }); // 20 s
    f.call({ queued: '2026-03-30T08:10:00Z', answered: '2026-03-30T08:10:40Z' }); // 40 s
    f.call({ queued: '2026-03-30T08:30:00Z', abandoned: '2026-03-30T08:31:00Z' });
    f.call({ queued: '2026-03-30T13:05:00Z', answered: '2026-03-30T13:05:50Z' }); // 50 s
    f.call({ queued: '2026-03-30T13:20:00Z', abandoned: '2026-03-30T13:20:30Z' });
    f.call({ queued: '2026-03-29T23:30:00Z', answered: '2026-03-29T23:30:05Z' }); // 00:30 BST
    f.call({ queued: '2026-03-31T08:00:00Z', answered: '2026-03-31T08:00:05Z' }); // next day
    const report = await day('2026-03-30');
    // 09:00: (20 + 40) / 2 = 30 s, within an average of 30 seconds; 1 of 3 abandoned.
    // 14:00: one answered after 50 s, over; 1 of 2 abandoned.
    expect(report.callsByHour).toEqual([
      { hour: 0, answered: 1, abandoned: 0, abandonedShare: 0, averageSpeedOfAnswer: 5, met: true },
      {
        hour: 9,
        answered: 2,
        abandoned: 1,
        abandonedShare: 1 / 3,
        averageSpeedOfAnswer: 30,
        met: true,
      },
      {
        hour: 14,
        answered: 1,
        abandoned: 1,
        abandonedShare: 0.5,
        averageSpeedOfAnswer: 50,
        met: false,
      },
    ]);
  });

  it('counts letters received, answered on time, overdue at the day’s end and held', async () => {
    // Received Mon 9 Nov: day 10 is Mon 23 Nov. Answered that afternoon: on time.
    f.letter({
      received: '2026-11-09T10:00:00Z',
      due: '2026-11-23',
      responded: '2026-11-23T16:00:00Z',
    });
    // Received Fri 6 Nov, due Fri 20 Nov, answered Monday: late.
    const late = f.letter({
      received: '2026-11-06T10:00:00Z',
      due: '2026-11-20',
      responded: '2026-11-23T09:00:00Z',
    });
    f.letter({ received: '2026-11-23T08:30:00Z', due: '2026-12-07' });
    // Due Thu 19 Nov and still open, with a holding reply today: overdue.
    const overdue = f.letter({
      received: '2026-11-05T10:00:00Z',
      due: '2026-11-19',
      holding: ['2026-11-23T11:00:00Z'],
    });
    f.letter({ received: '2026-11-09T11:00:00Z', due: '2026-11-23' }); // due today: not yet overdue
    const report = await day('2026-11-23');
    expect(figure(report, 'correspondence.received').value).toBe(1);
    expect(figure(report, 'correspondence.answered').value).toBe(2);
    expect(figure(report, 'correspondence.within')).toMatchObject({ value: 0.5, met: false });
    expect(figure(report, 'correspondence.overdue')).toMatchObject({ value: 1, met: false });
    expect(figure(report, 'correspondence.holding').value).toBe(1);
    const records = (drill: 'correspondence.late' | 'correspondence.overdue') =>
      ok(backend.call('stats.records', { scope: { from: '2026-11-23', to: '2026-11-23' }, drill }));
    expect((await records('correspondence.late')).rows.map((r) => r.id)).toEqual([late]);
    expect((await records('correspondence.overdue')).rows.map((r) => r.id)).toEqual([overdue]);
  });
});
