// The item rules' table (access-rules.test.ts runs each row for every case): a method, the
// item its owner makes, and what each case gets.
import { ok } from '../../test/support/backend';
import {
  complaint,
  contact,
  EVERYONE,
  LEADERS_ONLY,
  letter,
  listed,
  NOW,
  OWN_ONLY,
  OWN_OR_TEAM,
  ownersLetter,
  type ItemRule,
} from './access-rules.support';

let lastMade = '';
export const ITEM_RULES: ItemRule[] = [
  {
    method: 'correspondence.assign',
    item: 'letter, taking it',
    make: async (m) => ({ id: (await ownersLetter(m)).id, staffId: m.staff[m.actor] }),
    expect: OWN_OR_TEAM,
    refusal:
      'C-2026-000001 is assigned to Ben Hughes, who is not in your team. Ask them or a team leader to pass it to you.',
  },
  {
    method: 'correspondence.assign',
    item: 'letter nobody has taken, to another team',
    // Carys Jones, the team leader, is in the Contact Centre team, not Amina's.
    make: async (m) => ({ id: (await letter(m)).id, staffId: m.staff.teamleader }),
    expect: LEADERS_ONLY,
    refusal:
      'You can assign an item only to yourself or to someone in your team. Ask a team leader to pass it to another team.',
  },
  {
    method: 'correspondence.acknowledge',
    item: 'email',
    make: async (m) => ({ id: (await ownersLetter(m, 'email')).id, at: '2026-11-23T09:30:00Z' }),
    expect: OWN_OR_TEAM,
  },
  {
    method: 'correspondence.redirect',
    item: 'letter',
    make: async (m) => ({
      id: (await ownersLetter(m)).id,
      departmentId: m.ids.benefits,
      contactName: 'Benefits duty assessor',
      customerToldOn: '2026-11-23',
    }),
    expect: OWN_OR_TEAM,
  },
  {
    method: 'correspondence.holdingReply',
    item: 'letter',
    make: async (m) => ({
      id: (await ownersLetter(m)).id,
      sentOn: '2026-11-23',
      reason: 'Waiting for a valuation',
      expectedDate: '2026-12-04',
    }),
    expect: OWN_OR_TEAM,
  },
  {
    method: 'correspondence.holdingReply',
    item: 'letter nobody has taken (the shared inbox)',
    make: async (m) => ({
      id: (await letter(m)).id,
      sentOn: '2026-11-23',
      reason: 'Waiting for a valuation',
      expectedDate: '2026-12-04',
    }),
    expect: EVERYONE,
  },
  {
    method: 'correspondence.respond',
    item: 'letter',
    make: async (m) => ({
      id: (await ownersLetter(m)).id,
      respondedAt: '2026-11-23T09:45:00Z',
      channel: 'letter',
    }),
    expect: OWN_OR_TEAM,
  },
  {
    method: 'correspondence.respond',
    item: 'letter, recording a colleague as its responder',
    make: async (m) => ({
      id: (await ownersLetter(m)).id,
      respondedAt: '2026-11-23T09:45:00Z',
      channel: 'letter',
      respondedBy: m.owner === m.actor ? m.staff.adviser2 : m.staff[m.owner],
    }),
    expect: LEADERS_ONLY,
  },
  {
    method: 'correspondence.reopen',
    item: 'answered letter',
    make: async (m) => {
      const item = await ownersLetter(m);
      await ok(
        m.backend.call('correspondence.respond', {
          id: item.id,
          respondedAt: '2026-11-23T09:45:00Z',
          channel: 'letter',
        }),
      );
      return { id: item.id, reason: 'Customer says the bill is still wrong' };
    },
    expect: OWN_OR_TEAM,
  },
  {
    method: 'handOffs.create',
    item: 'contact',
    make: async (m) => ({
      contactId: (await contact(m)).id,
      departmentId: m.ids.benefits,
      subject: 'your Housing Benefit claim',
    }),
    expect: OWN_OR_TEAM,
  },
  {
    method: 'handOffs.setStatus',
    item: 'hand-off, the department’s answer',
    make: async (m) => {
      const h = await ok(
        m.backend.call('handOffs.create', {
          contactId: (await contact(m)).id,
          departmentId: m.ids.benefits,
          subject: 'your Housing Benefit claim',
        }),
      );
      return { id: h.id, status: 'resolved', note: 'Claim decided.' };
    },
    expect: OWN_OR_TEAM,
    refusal:
      'H-2026-000001 was handed off by Ben Hughes, who is not in your team. Ask them or a team leader to record the department’s answer.',
  },
  {
    method: 'feedback.get',
    item: 'complaint',
    make: async (m) => ({ id: (await complaint(m)).id }),
    expect: EVERYONE,
  },
  {
    method: 'feedback.get',
    item: 'complaint about a named member of staff',
    make: async (m) => ({ id: (await complaint(m, true)).id }),
    expect: LEADERS_ONLY,
    refusal:
      'F-2026-000001 is about a named member of staff, so only team leaders and administrators can open it.',
  },
  {
    method: 'feedback.list',
    item: 'complaint about a named member of staff',
    make: async (m) => {
      lastMade = (await complaint(m, true)).id;
      return { view: 'all' };
    },
    outcomeOf: listed(() => lastMade),
    expect: {
      own: 'not listed',
      teammate: 'not listed',
      otherTeam: 'not listed',
      leader: 'listed',
      admin: 'listed',
    },
  },
  {
    method: 'feedback.escalate',
    item: 'complaint',
    make: async (m) => ({
      id: (await complaint(m)).id,
      reason: 'Wants a manager to review it.',
      at: NOW,
    }),
    expect: OWN_OR_TEAM,
    refusal:
      'F-2026-000001 was logged by Ben Hughes, who is not in your team. Ask them or a team leader to escalate it.',
  },
  {
    method: 'feedback.escalate',
    item: 'complaint about a named member of staff',
    make: async (m) => ({
      id: (await complaint(m, true)).id,
      reason: 'Wants a manager to review it.',
      at: NOW,
    }),
    expect: LEADERS_ONLY,
  },
  {
    method: 'feedback.respond',
    item: 'complaint, closing it not upheld',
    make: async (m) => ({
      id: (await complaint(m)).id,
      outcome: 'not_upheld',
      response: 'The bill was right.',
      respondedAt: NOW,
    }),
    expect: LEADERS_ONLY,
    refusal: 'Only team leaders and administrators can do this. Ask your team leader.',
  },
  {
    method: 'desks.close',
    item: 'desk',
    make: async (m) => ({
      deskId: (await ok(m.backend.call('desks.open', { name: 'Desk 1' }))).id,
    }),
    expect: OWN_ONLY,
    refusal: 'Desk 1 is open for Ben Hughes. Only they or a team leader can close it.',
  },
  {
    method: 'desks.open',
    item: 'desk, already open for its owner',
    make: async (m) => {
      const desk = await ok(m.backend.call('desks.open', { name: 'Desk 1' }));
      const site = m.backend.opened
        .database!.sqlite.prepare('select site_id from desks where id = ?')
        .pluck()
        .get(desk.id) as string;
      return { name: 'Desk 1', siteId: site };
    },
    // Whoever opens a desk is the one at it: never two people at one desk, leaders included.
    expect: {
      own: 'allowed',
      teammate: 'CONFLICT',
      otherTeam: 'CONFLICT',
      leader: 'CONFLICT',
      admin: 'CONFLICT',
    },
  },
  {
    method: 'contacts.correct',
    item: 'contact, on its day',
    make: async (m) => {
      const c = await contact(m);
      return {
        id: c.id,
        fields: {
          channel: 'telephone',
          serviceId: m.ids.housingBenefit,
          interactionTypeId: m.ids.providingInformation,
          customerTypeId: m.ids.citizen,
          outcome: 'resolved',
          notes: 'Corrected: the claim form was posted.',
          startedAt: '2026-11-23T09:50:00Z',
          endedAt: '2026-11-23T09:58:00Z',
        },
      };
    },
    expect: OWN_ONLY,
  },
  {
    method: 'contacts.void',
    item: 'contact, on its day',
    make: async (m) => ({ id: (await contact(m)).id, reason: 'Recorded twice.' }),
    expect: OWN_ONLY,
    refusal: 'Advisers can void only their own contacts. Ask a team leader.',
  },
  {
    method: 'contacts.void',
    item: 'contact, the day after it was recorded',
    make: async (m) => {
      const c = await contact(m);
      m.backend.clock.advance(24 * 60 * 60_000);
      return { id: c.id, reason: 'Wrong customer.' };
    },
    // Its adviser voids it only on its day; after that a leader decides.
    expect: LEADERS_ONLY,
  },
];
