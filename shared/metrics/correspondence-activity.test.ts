import { describe, expect, it } from 'vitest';
import { correspondenceActivity } from './correspondence-activity';

describe('correspondenceActivity', () => {
  const items = [
    // Answered on its due date: on time.
    {
      receivedDate: '2026-11-09',
      dueDate: '2026-11-23',
      respondedDate: '2026-11-23',
      holdingReplyDates: [],
    },
    // Answered the working day after its due date: late.
    {
      receivedDate: '2026-11-06',
      dueDate: '2026-11-20',
      respondedDate: '2026-11-23',
      holdingReplyDates: [],
    },
    // Due Thursday, still open on Monday, held that day: overdue.
    {
      receivedDate: '2026-11-05',
      dueDate: '2026-11-19',
      respondedDate: null,
      holdingReplyDates: ['2026-11-23'],
    },
    // Due today: not overdue until tomorrow.
    {
      receivedDate: '2026-11-09',
      dueDate: '2026-11-23',
      respondedDate: null,
      holdingReplyDates: [],
    },
    {
      receivedDate: '2026-11-23',
      dueDate: '2026-12-07',
      respondedDate: null,
      holdingReplyDates: [],
    },
  ];

  it('counts each event on the day it happened', () => {
    expect(correspondenceActivity(items, '2026-11-23', '2026-11-23')).toEqual({
      received: 1,
      answered: 2,
      answeredWithinStandard: 1,
      shareWithinStandard: 0.5,
      overdueAtEnd: 1,
      holdingRepliesSent: 1,
    });
  });

  it('counts the overdue at the end of an earlier day as they stood then', () => {
    // At the end of Friday 20 Nov: the item due the 19th was overdue; the one due the 20th
    // (answered the 23rd) was due that day, so not yet.
    expect(correspondenceActivity(items, '2026-11-20', '2026-11-20').overdueAtEnd).toBe(1);
    expect(correspondenceActivity(items, '2026-11-24', '2026-11-24').overdueAtEnd).toBe(2);
  });
});
