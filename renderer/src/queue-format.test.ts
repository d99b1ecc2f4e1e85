// Reception's words for the live board (issue 19): an open desk with nobody at it is named
// and not counted on, and the verdict beside a red timer never reads "all seen within".
import { describe, expect, it } from 'vitest';
import type { DeskView, VisitView } from '../../shared/api';
import type { StaffPresence } from '../../shared/domain/staff';
import { deskDoing, desksOpen, estimateText, stillWaitingOver, waitVerdict } from './queue-format';

const desk = (
  name: string,
  presence: StaffPresence | null,
  staffName = 'Amina Khan',
): DeskView => ({
  id: name,
  name,
  isOpen: presence !== null,
  staffId: presence === null ? null : 's1',
  staffName: presence === null ? null : staffName,
  serviceIds: [],
  presence,
  current: null,
});

const visit = (waitSeconds: number, firstSeenAt: string | null = null) =>
  ({ waitSeconds, firstSeenAt }) as VisitView;

describe('what each desk is doing, as reception reads it', () => {
  const now = '2026-11-23T10:10:00.000Z';
  const timeOf = (iso: string) => iso.slice(11, 16);
  const at = (current: Partial<VisitView> | null, presence: StaffPresence | null = 'present') => ({
    ...desk('Desk 1', presence),
    current:
      current && ({ ticket: 'AA001', calledAt: null, firstSeenAt: null, ...current } as VisitView),
  });
  it('says whom it serves and for how long, whom it called and when, or that it is free', () => {
    expect(
      deskDoing(at({ state: 'in_service', firstSeenAt: '2026-11-23T10:05:50.000Z' }), now, timeOf),
    ).toBe('Serving AA001 for 4 min 10 s');
    expect(
      deskDoing(at({ state: 'called', calledAt: '2026-11-23T10:03:00.000Z' }), now, timeOf),
    ).toBe('Called AA001 at 10:03');
    expect(deskDoing(at(null), now, timeOf)).toBe('Free');
    expect(deskDoing(at(null, null), now, timeOf)).toBe('Closed');
  });
  it('says when nobody is there, and why', () => {
    expect(deskDoing(at({ state: 'called' }, 'signed_out'), now, timeOf)).toBe(
      'Called AA001; the adviser is signed out',
    );
    expect(deskDoing(at(null, 'locked'), now, timeOf)).toBe(
      'Free; the adviser has locked their screen',
    );
  });
});

describe('desks open', () => {
  it('names each open desk nobody is at, and why', () => {
    expect(desksOpen({ desks: [desk('Desk 1', 'signed_out')], staffedDesks: 0 })).toEqual({
      open: 1,
      unstaffed: '0 staffed: Desk 1’s adviser, Amina Khan, is signed out',
    });
    expect(
      desksOpen({
        desks: [
          desk('Desk 1', 'present'),
          desk('Desk 2', 'locked', 'Carys Jones'),
          desk('Desk 3', 'idle', 'Ben Hughes'),
          desk('Desk 4', null),
        ],
        staffedDesks: 1,
      }),
    ).toEqual({
      open: 3,
      unstaffed:
        '1 staffed: Desk 2’s adviser, Carys Jones, has locked their screen; Desk 3’s adviser, Ben Hughes, has left their screen idle',
    });
    expect(desksOpen({ desks: [desk('Desk 1', 'present')], staffedDesks: 1 })).toEqual({
      open: 1,
      unstaffed: null,
    });
  });
});

describe('the estimate for a new arrival', () => {
  it('says no desk is staffed rather than "No wait" when desks are open but nobody is at one', () => {
    expect(estimateText({ desks: [], estimatedWaitMinutes: null })).toBe('No desk open');
    expect(
      estimateText({ desks: [desk('Desk 1', 'signed_out')], estimatedWaitMinutes: null }),
    ).toBe('No desk staffed');
    expect(estimateText({ desks: [desk('Desk 1', 'present')], estimatedWaitMinutes: 0 })).toBe(
      'No wait',
    );
    expect(estimateText({ desks: [desk('Desk 1', 'present')], estimatedWaitMinutes: 20 })).toBe(
      'About 20 min',
    );
  });
});

describe('the verdict against the 10-minute promise', () => {
  const limit = { limitMinutes: 10 };
  it('counts a visitor still waiting past the promise, from the running timers', () => {
    // At the last refresh Bob had waited 9 min 58 s; 3 s later his badge reads 10 min 01 s,
    // red. Ann, seen after 4 min, does not count; nor does Cat at 2 min.
    const visits = [visit(598), visit(240, '2026-11-23T09:04:00Z'), visit(120)];
    expect(stillWaitingOver(visits, 2, 10)).toBe(0); // 600 s: exactly 10 min is within
    expect(stillWaitingOver(visits, 3, 10)).toBe(1);
    expect(waitVerdict({ seen: 1, seenWithinLimit: 1, ...limit }, 0)).toEqual({
      good: true,
      text: '✓ All seen within 10 min',
    });
    expect(waitVerdict({ seen: 1, seenWithinLimit: 1, ...limit }, 1)).toEqual({
      good: false,
      text: '✗ 1 still waiting over 10 min',
    });
  });

  it('gives both counts when some were seen late and some are still waiting', () => {
    expect(waitVerdict({ seen: 3, seenWithinLimit: 1, ...limit }, 2).text).toBe(
      '✗ 2 seen after 10 min; 2 still waiting over 10 min',
    );
    expect(waitVerdict({ seen: 0, seenWithinLimit: 0, ...limit }, 0)).toEqual({
      good: null,
      text: 'Nobody seen yet',
    });
    expect(waitVerdict({ seen: 0, seenWithinLimit: 0, ...limit }, 1).text).toBe(
      '✗ 1 still waiting over 10 min',
    );
  });
});
