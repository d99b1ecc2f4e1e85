// Due dates for "a full response within 10 working days" worked out by hand against the
// GOV.UK bank-holiday lists, and the period figures on a small hand-made set.
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../time';
import {
  correspondenceTotals,
  replyDueDate,
  replyState,
  type CorrespondenceMeasure,
} from './correspondence';

const ew = createWorkingCalendar({ region: 'england-and-wales' });
const scotland = createWorkingCalendar({ region: 'scotland' });
const ni = createWorkingCalendar({ region: 'northern-ireland' });

describe('reply due dates (10 working days; day of receipt is day 0)', () => {
  it('skips the weekend', () => {
    // Wed 4 Nov 2026: Thu 5 (1), Fri 6 (2), Mon 9..Fri 13 (3-7), Mon 16 (8), Tue 17 (9), Wed 18 (10).
    expect(replyDueDate(ew, '2026-11-04', 10)).toBe('2026-11-18');
  });

  it('gives a weekend receipt the same due date as the Friday before', () => {
    expect(replyDueDate(ew, '2026-11-07', 10)).toBe(replyDueDate(ew, '2026-11-06', 10));
    expect(replyDueDate(ew, '2026-11-08', 10)).toBe('2026-11-20');
  });

  it('skips Christmas and New Year in each region', () => {
    // Fri 18 Dec 2026. E&W: 21,22,23,24 (1-4); 25 Dec and Mon 28 (Boxing Day substitute) off;
    // 29,30,31 (5-7); 1 Jan off; 4,5,6 Jan (8-10).
    expect(replyDueDate(ew, '2026-12-18', 10)).toBe('2027-01-06');
    // Scotland also has 2 January, a Saturday in 2027, so Monday 4 January is off too.
    expect(replyDueDate(scotland, '2026-12-18', 10)).toBe('2027-01-07');
    expect(replyDueDate(ni, '2026-12-18', 10)).toBe('2027-01-06');
  });

  it('skips Easter: Good Friday everywhere, Easter Monday except in Scotland', () => {
    // Wed 1 Apr 2026: Thu 2 (1); Good Friday 3 Apr off; Easter Monday 6 Apr off in E&W and NI;
    // Tue 7..Fri 10 (2-5), Mon 13..Fri 17 (6-10).
    expect(replyDueDate(ew, '2026-04-01', 10)).toBe('2026-04-17');
    expect(replyDueDate(ni, '2026-04-01', 10)).toBe('2026-04-17');
    // Scotland works Easter Monday: Mon 6..Fri 10 (2-6), Mon 13..Thu 16 (7-10).
    expect(replyDueDate(scotland, '2026-04-01', 10)).toBe('2026-04-16');
  });

  it('honours closure days and extra holidays the council adds', () => {
    const closed = createWorkingCalendar({
      region: 'england-and-wales',
      closureDays: ['2026-11-05'],
      extraHolidays: ['2026-11-06'],
    });
    expect(replyDueDate(closed, '2026-11-04', 10)).toBe('2026-11-20');
  });
});

describe('reply state', () => {
  it('is due soon within 2 working days, due today on the day, then overdue', () => {
    expect(replyState(ew, '2026-11-13', '2026-11-18', null)).toBe('on_time');
    expect(replyState(ew, '2026-11-16', '2026-11-18', null)).toBe('due_soon');
    expect(replyState(ew, '2026-11-18', '2026-11-18', null)).toBe('due_today');
    expect(replyState(ew, '2026-11-19', '2026-11-18', null)).toBe('overdue');
    expect(replyState(ew, '2026-11-25', '2026-11-18', '2026-11-18')).toBe('answered_on_time');
    expect(replyState(ew, '2026-11-25', '2026-11-18', '2026-11-19')).toBe('answered_late');
  });
});

describe('period figures', () => {
  it('match a month worked out by hand', () => {
    const items: CorrespondenceMeasure[] = [
      // answered in 3 working days
      {
        receivedDate: '2026-11-02',
        dueDate: '2026-11-16',
        respondedDate: '2026-11-05',
        status: 'closed',
        holdingReplies: 0,
        redirectedTo: null,
      },
      // answered 1 working day late, after a holding reply
      {
        receivedDate: '2026-11-03',
        dueDate: '2026-11-17',
        respondedDate: '2026-11-18',
        status: 'closed',
        holdingReplies: 1,
        redirectedTo: 'Benefits',
      },
      // open and overdue on 20 Nov
      {
        receivedDate: '2026-11-04',
        dueDate: '2026-11-18',
        respondedDate: null,
        status: 'open',
        holdingReplies: 1,
        redirectedTo: 'Benefits',
      },
      // open, not yet due
      {
        receivedDate: '2026-11-16',
        dueDate: '2026-11-30',
        respondedDate: null,
        status: 'open',
        holdingReplies: 0,
        redirectedTo: 'Revenues',
      },
    ];
    expect(correspondenceTotals(ew, items, '2026-11-20')).toEqual({
      received: 4,
      closed: 2,
      answeredWithinStandard: 1,
      shareWithinStandard: 0.5,
      averageWorkingDaysToRespond: (3 + 11) / 2,
      overdueNow: 1,
      holdingRepliesSent: 2,
      redirectsByDepartment: [
        { departmentName: 'Benefits', count: 2 },
        { departmentName: 'Revenues', count: 1 },
      ],
    });
  });
});
