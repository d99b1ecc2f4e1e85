// The access rules as pure functions: what no dispatch table can show, that a role nobody has
// decided about (the waiting-area display, or one added later) is refused by every rule, and
// the words a refusal by role reads.
import { describe, expect, it } from 'vitest';
import {
  mayActOnItem,
  mayAssignCorrespondence,
  mayCloseComplaint,
  mayCloseDesk,
  mayCorrectContact,
  mayEscalateComplaint,
  mayRecordResponder,
  maySeeFeedback,
  mayUpdateHandOff,
  mayVoidContact,
  mayWorkCorrespondence,
  roleRefusal,
  type ActingStaff,
} from './access-rules';

const amina: ActingStaff = { id: 'a', role: 'adviser', team: 'One Stop Shops' };
const own = { id: 'a', team: 'One Stop Shops' };

describe('a role nobody has decided about', () => {
  it.each(['display', 'volunteer', ''])('"%s" may do nothing, even with its own item', (role) => {
    const staff = { ...amina, role };
    expect([
      mayActOnItem(staff, own),
      mayWorkCorrespondence(staff, { assignedToId: null, assignedTeam: null }),
      mayWorkCorrespondence(staff, { assignedToId: 'a', assignedTeam: 'One Stop Shops' }),
      mayAssignCorrespondence(staff, { assignedToId: null, assignedTeam: null }, own),
      mayRecordResponder(staff, 'a'),
      mayUpdateHandOff(staff, { createdById: 'a', createdByTeam: 'One Stop Shops' }),
      maySeeFeedback(staff, { aboutNamedStaff: false }),
      mayCloseComplaint(staff),
      mayEscalateComplaint(staff, {
        aboutNamedStaff: false,
        loggedById: 'a',
        loggedByTeam: 'One Stop Shops',
      }),
      mayCorrectContact(staff, { staffId: 'a' }),
      mayCloseDesk(staff, { staffId: 'a' }),
      mayVoidContact(
        staff,
        { staffId: 'a', recordedAt: '2026-11-23T10:00:00Z' },
        new Date('2026-11-23T10:05:00Z'),
      ),
    ]).toEqual(Array(12).fill(false));
  });
});

describe('teams', () => {
  it('are not shared by two people with no team', () => {
    const noTeam = { ...amina, team: null };
    expect(mayActOnItem(noTeam, { id: 'b', team: null })).toBe(false);
    expect(mayActOnItem(noTeam, { id: 'a', team: null })).toBe(true);
  });
});

describe('voiding a contact', () => {
  it('is its adviser’s on the London day they recorded it, a leader’s any day', () => {
    // Recorded at 23:30 UTC on 29 June 2026: 00:30 on 30 June in London (summer time).
    const contact = { staffId: 'a', recordedAt: '2026-06-29T23:30:00Z' };
    const at = (instant: string) => new Date(instant);
    expect(mayVoidContact(amina, contact, at('2026-06-30T22:59:00Z'))).toBe(true); // 23:59 London
    expect(mayVoidContact(amina, contact, at('2026-06-30T23:00:00Z'))).toBe(false); // 1 July
    expect(mayVoidContact({ ...amina, id: 'b' }, contact, at('2026-06-30T09:00:00Z'))).toBe(false);
    expect(
      mayVoidContact({ id: 'c', role: 'team_leader' }, contact, at('2027-01-01T09:00:00Z')),
    ).toBe(true);
  });
});

describe('the words of a refusal by role', () => {
  it('say who can do it', () => {
    expect(roleRefusal(['administrator'])).toBe('Only an administrator can do this.');
    expect(roleRefusal(['team_leader', 'administrator'])).toBe(
      'Only team leaders and administrators can do this. Ask your team leader.',
    );
    expect(roleRefusal(undefined)).toBe('Your role does not allow this. Ask an administrator.');
  });
});
