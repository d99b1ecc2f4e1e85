// Who may do what, method by method, through dispatch on the demo council's real database
// (go-live issue, item 6; the rules are shared/api/access-rules.ts). The demo advisers are in
// different teams: Amina Khan ("adviser", One Stop Shops) and Ben Hughes ("adviser2", Contact
// Centre); a teammate's case moves Ben into Amina's team. Every method must be decided: public,
// a row below, or open to every staff role with its reason.
import { describe, expect, it } from 'vitest';
import { contract, type MethodName, type Result } from '../../shared/api';
import { OPEN_TO_EVERY_STAFF_ROLE } from '../../shared/api/access-rules';
import { createTestBackend, ok, referenceIds, type TestBackend } from '../../test/support/backend';

type Username = 'adviser' | 'adviser2' | 'teamleader' | 'admin';
type Ids = Awaited<ReturnType<typeof referenceIds>>;
/** `allowed`: the method did its work. Otherwise the error code, or what a list showed. */
type Outcome = 'allowed' | 'FORBIDDEN' | 'CONFLICT' | 'listed' | 'not listed';

/** Who acts on whose item. */
const CASES = {
  own: { actor: 'adviser', owner: 'adviser', teammates: false },
  teammate: { actor: 'adviser', owner: 'adviser2', teammates: true },
  otherTeam: { actor: 'adviser', owner: 'adviser2', teammates: false },
  leader: { actor: 'teamleader', owner: 'adviser', teammates: false },
  admin: { actor: 'admin', owner: 'adviser', teammates: false },
} as const;
type CaseName = keyof typeof CASES;
const CASE_WORDS: Record<CaseName, string> = {
  own: 'an adviser on their own',
  teammate: 'an adviser on a teammate’s',
  otherTeam: 'an adviser on another team’s',
  leader: 'a team leader on an adviser’s',
  admin: 'an administrator on an adviser’s',
};

const OWN_OR_TEAM: Record<CaseName, Outcome> = {
  own: 'allowed',
  teammate: 'allowed',
  otherTeam: 'FORBIDDEN',
  leader: 'allowed',
  admin: 'allowed',
};
const OWN_ONLY: Record<CaseName, Outcome> = { ...OWN_OR_TEAM, teammate: 'FORBIDDEN' };
const LEADERS_ONLY: Record<CaseName, Outcome> = {
  ...OWN_OR_TEAM,
  own: 'FORBIDDEN',
  teammate: 'FORBIDDEN',
};
const EVERYONE: Record<CaseName, Outcome> = { ...OWN_OR_TEAM, otherTeam: 'allowed' };

interface Made {
  backend: TestBackend;
  ids: Ids;
  staff: Record<Username, string>;
  owner: Username;
  actor: Username;
}

interface ItemRule {
  method: MethodName;
  /** The item, in words. */
  item: string;
  /** Made by its owner, who is signed in; returns the actor's input. */
  make: (m: Made) => Promise<unknown>;
  expect: Record<CaseName, Outcome>;
  /** What an adviser on another team's item reads. */
  refusal?: string;
  /** For a list: whether the item made was in it. */
  outcomeOf?: (result: Result<unknown>) => Outcome;
}

const NOW = '2026-11-23T10:00:00Z'; // Monday

const letter = async ({ backend, ids }: Made, channel: 'letter' | 'email' = 'letter') =>
  ok(
    backend.call('correspondence.log', {
      channel,
      receivedAt: '2026-11-23T09:00:00Z',
      serviceId: ids.councilTax,
      subject: 'Disputes bill',
      senderAddress: '12 High Street, WA8 7QA',
    }),
  );
/** A letter (or email) its owner has taken. */
const ownersLetter = async (m: Made, channel: 'letter' | 'email' = 'letter') => {
  const item = await letter(m, channel);
  await ok(m.backend.call('correspondence.assign', { id: item.id, staffId: m.staff[m.owner] }));
  return item;
};
const contact = ({ backend, ids }: Made) =>
  ok(
    backend.call('contacts.record', {
      channel: 'telephone',
      serviceId: ids.housingBenefit,
      interactionTypeId: ids.providingInformation,
      customerTypeId: ids.citizen,
      outcome: 'resolved',
      startedAt: '2026-11-23T09:50:00Z',
      endedAt: '2026-11-23T09:58:00Z',
    }),
  );
const complaint = ({ backend, ids }: Made, aboutNamedStaff = false) =>
  ok(
    backend.call('feedback.log', {
      kind: 'complaint',
      serviceId: ids.councilTax,
      channel: 'telephone',
      receivedAt: '2026-11-23T09:00:00Z',
      summary: aboutNamedStaff
        ? 'Says the officer at desk 2 was rude to her.'
        : 'Bill wrong after she sold the house.',
      aboutNamedStaff,
    }),
  );
const listed = (id: () => string) => (result: Result<unknown>) =>
  result.ok && (result.value as { id: string }[]).some((i) => i.id === id())
    ? 'listed'
    : 'not listed';

let lastMade = '';
const ITEM_RULES: ItemRule[] = [
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

/** Methods whose rule is only a role (the contract's `roles`): what each role gets. */
type RoleOutcome = 'allowed' | 'FORBIDDEN';
const LEADER_ROLES = { adviser: 'FORBIDDEN', teamleader: 'allowed', admin: 'allowed' } as const;
const ADMIN_ROLE = { adviser: 'FORBIDDEN', teamleader: 'FORBIDDEN', admin: 'allowed' } as const;
const BY_ROLE: Partial<
  Record<MethodName, Record<'adviser' | 'teamleader' | 'admin', RoleOutcome>>
> = {
  // Changed by item 6: an adviser no longer closes complaints or reads the figures.
  'feedback.respond': LEADER_ROLES,
  'feedback.figures': LEADER_ROLES,
  'customers.duplicates': LEADER_ROLES,
  'customers.checkDuplicates': LEADER_ROLES,
  'customers.merge': LEADER_ROLES,
  'customers.reviewMarker': LEADER_ROLES,
  'customers.addMarker': LEADER_ROLES,
  'customers.subjectAccess': LEADER_ROLES,
  'customers.erase': LEADER_ROLES,
  'customers.accessLog': LEADER_ROLES,
  'stats.report': LEADER_ROLES,
  'stats.records': LEADER_ROLES,
  'stats.scopes': LEADER_ROLES,
  'calls.sources': LEADER_ROLES,
  'calls.preview': LEADER_ROLES,
  'calls.import': LEADER_ROLES,
  'calls.imports': LEADER_ROLES,
  'calls.undoImport': LEADER_ROLES,
  'quality.checklist': LEADER_ROLES,
  'quality.saveChecklistItem': LEADER_ROLES,
  'quality.moveChecklistItem': LEADER_ROLES,
  'quality.retireChecklistItem': LEADER_ROLES,
  'quality.draw': LEADER_ROLES,
  'quality.samples': LEADER_ROLES,
  'quality.sample': LEADER_ROLES,
  'quality.score': LEADER_ROLES,
  'quality.verify': LEADER_ROLES,
  'quality.results': LEADER_ROLES,
  'quality.settings': LEADER_ROLES,
  'quality.updateSettings': LEADER_ROLES,
  'surveys.figures': LEADER_ROLES,
  'nesds.evidence': LEADER_ROLES,
  'auth.unlockAccount': ADMIN_ROLE,
  'reference.all': ADMIN_ROLE,
  'reference.add': ADMIN_ROLE,
  'reference.rename': ADMIN_ROLE,
  'reference.updateDepartment': ADMIN_ROLE,
  'reference.retire': ADMIN_ROLE,
  'reference.reinstate': ADMIN_ROLE,
  'settings.updateQueue': ADMIN_ROLE,
  'settings.updateGeneral': ADMIN_ROLE,
  'settings.updateCalendar': ADMIN_ROLE,
  'sites.updateHours': ADMIN_ROLE,
  'standards.save': ADMIN_ROLE,
  'standards.remove': ADMIN_ROLE,
  'offers.saveRule': ADMIN_ROLE,
  'dataProtection.retention': ADMIN_ROLE,
  'dataProtection.updateRetention': ADMIN_ROLE,
  'dataProtection.anonymiseExpired': ADMIN_ROLE,
  'staff.accounts': ADMIN_ROLE,
  'staff.add': ADMIN_ROLE,
  'staff.resetPassword': ADMIN_ROLE,
  'staff.retire': ADMIN_ROLE,
  'staff.changeRole': ADMIN_ROLE,
  'staff.move': ADMIN_ROLE,
};

const codeOf = (result: Result<unknown>) => (result.ok ? 'allowed' : result.error.code);

function staffIds(backend: TestBackend): Record<Username, string> {
  const rows = backend.opened.database!.sqlite.prepare('select username, id from staff').all() as {
    username: Username;
    id: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.username, r.id])) as Record<Username, string>;
}

describe('item rules: an adviser acts on their own and their team’s work, a leader on anyone’s', () => {
  const runs = ITEM_RULES.flatMap((rule) =>
    (Object.keys(CASES) as CaseName[]).map((name) => ({ rule, name })),
  );
  it.each(runs.map((r) => [r.rule.method, r.rule.item, CASE_WORDS[r.name], r]))(
    '%s, %s: %s → as the table says',
    async (_method, _item, _words, { rule, name }) => {
      const who = CASES[name];
      const backend = await createTestBackend(NOW);
      try {
        const sqlite = backend.opened.database!.sqlite;
        if (who.teammates)
          sqlite
            .prepare("update staff set team = 'One Stop Shops' where username = 'adviser2'")
            .run();
        await backend.signIn(who.owner);
        const made: Made = {
          backend,
          ids: await referenceIds(backend),
          staff: staffIds(backend),
          owner: who.owner,
          actor: who.actor,
        };
        const input = await rule.make(made);
        await backend.signIn(who.actor);
        const changes = () => sqlite.prepare('select count(*) from change_log').pluck().get();
        const before = changes();
        const result = await backend.raw(rule.method, input);
        const outcome = rule.outcomeOf ? rule.outcomeOf(result) : codeOf(result);
        expect(outcome, result.ok ? '' : result.error.message).toBe(rule.expect[name]);
        if (outcome === 'FORBIDDEN') expect(changes()).toBe(before); // nothing written
        if (name === 'otherTeam' && rule.refusal)
          expect(!result.ok && result.error.message).toBe(rule.refusal);
      } finally {
        await backend.close();
      }
    },
  );
});

describe('role rules: a method for leaders or administrators only', () => {
  it('refuses each role the table refuses, and lets the others through to the method', async () => {
    const backend = await createTestBackend(NOW);
    try {
      const tokens: Record<string, string | null> = {};
      for (const username of ['adviser', 'teamleader', 'admin'] as const) {
        backend.token = null; // a sign-in from a session ends that session
        await backend.signIn(username);
        tokens[username] = backend.token;
      }
      const seen: string[] = [];
      const expected: string[] = [];
      for (const [method, byRole] of Object.entries(BY_ROLE)) {
        for (const [username, outcome] of Object.entries(byRole)) {
          backend.token = tokens[username]!;
          // The role is checked before the input, so an empty input is enough to be refused.
          const code = codeOf(await backend.raw(method, {}));
          seen.push(`${method} ${username}: ${code === 'FORBIDDEN' ? code : 'allowed'}`);
          expect(code).not.toBe('UNAUTHENTICATED');
          expected.push(`${method} ${username}: ${outcome}`);
        }
      }
      expect(seen).toEqual(expected);
    } finally {
      await backend.close();
    }
  });
});

describe('every method has a decision', () => {
  const itemRuled = new Set<string>(ITEM_RULES.map((r) => r.method));
  const byRole = new Set<string>(Object.keys(BY_ROLE));
  const open = new Set<string>(Object.keys(OPEN_TO_EVERY_STAFF_ROLE));

  it('is public, in a table above, or open to every staff role with a stated reason', () => {
    const undecided = Object.entries(contract)
      .filter(([, spec]) => spec.access !== 'public')
      .map(([name]) => name)
      .filter((name) => !itemRuled.has(name) && !byRole.has(name) && !open.has(name));
    expect(undecided, 'add each to the tables here, or to OPEN_TO_EVERY_STAFF_ROLE').toEqual([]);
  });

  it('declares roles exactly where the role table says, and none on an open method', () => {
    const declared = Object.entries(contract)
      .filter(([, spec]) => 'roles' in spec && spec.roles)
      .map(([name]) => name)
      .sort();
    expect(declared).toEqual([...byRole].sort());
    expect([...open].filter((name) => declared.includes(name))).toEqual([]);
  });

  it('lets an adviser through to every method open to every staff role', async () => {
    const backend = await createTestBackend(NOW);
    try {
      const refused: string[] = [];
      for (const method of open) {
        await backend.signIn('adviser'); // again each time: signOut and lock are among them
        const result = await backend.raw(method, {});
        if (!result.ok && ['FORBIDDEN', 'UNAUTHENTICATED', 'LOCKED'].includes(result.error.code))
          refused.push(`${method}: ${result.error.message}`);
      }
      expect(refused).toEqual([]);
    } finally {
      await backend.close();
    }
  });
});

describe('complaints about a named member of staff', () => {
  it('are left out of an adviser’s customer view, and in a leader’s and in the figures', async () => {
    const backend = await createTestBackend(NOW);
    try {
      await backend.signIn('adviser');
      const ids = await referenceIds(backend);
      const customer = await ok(
        backend.call('customers.create', { firstName: 'Ann', lastName: 'Jones' }),
      );
      for (const aboutNamedStaff of [false, true])
        await ok(
          backend.call('feedback.log', {
            kind: 'complaint',
            serviceId: ids.councilTax,
            channel: 'telephone',
            receivedAt: '2026-11-02T09:00:00Z',
            summary: aboutNamedStaff ? 'The officer at desk 2 was rude.' : 'Bill wrong.',
            customerId: customer.id,
            aboutNamedStaff,
          }),
        );
      const timeline = async () =>
        (await ok(backend.call('customers.view', { id: customer.id }))).timeline
          .filter((e) => e.kind === 'feedback')
          .map((e) => e.detail);
      expect(await timeline()).toEqual(['Bill wrong.']);
      const adviserList = await ok(backend.call('feedback.list', { view: 'open' }));
      expect(adviserList.map((f) => f.summary)).toEqual(['Bill wrong.']);

      await backend.signIn('teamleader');
      expect((await timeline()).sort()).toEqual(['Bill wrong.', 'The officer at desk 2 was rude.']);
      const list = await ok(backend.call('feedback.list', { view: 'open' }));
      expect(list.map((f) => [f.summary, f.aboutNamedStaff]).sort()).toEqual([
        ['Bill wrong.', false],
        ['The officer at desk 2 was rude.', true],
      ]);
      const figures = await ok(
        backend.call('feedback.figures', { from: '2026-11-01', to: '2026-11-30' }),
      );
      expect(figures.total.complaints).toBe(2);
    } finally {
      await backend.close();
    }
  });
});

describe('warning markers on the queue board', () => {
  it('logs each marker the board shows, with who saw it and where', async () => {
    const backend = await createTestBackend(NOW);
    try {
      backend.setSetting('security.lockAfterMinutes', 60); // the clock moves in big steps
      await backend.signIn('adviser');
      const ids = await referenceIds(backend);
      const sqlite = backend.opened.database!.sqlite;
      const views = () =>
        sqlite
          .prepare(
            "select v.marker_id, s.username, v.context from customer_marker_views v join staff s on s.id = v.staff_id where v.context = 'queue board'",
          )
          .all();
      // An empty queue, and a visitor with no record: nothing shown, nothing logged.
      await ok(backend.call('queue.checkIn', { serviceId: ids.councilTax, customerName: 'Bob' }));
      await ok(backend.call('queue.board', {}));
      expect(views()).toEqual([]);

      const customer = await ok(
        backend.call('customers.create', { firstName: 'Sam', lastName: 'Jones' }),
      );
      sqlite
        .prepare(
          "insert into customer_markers (id, customer_id, kind, reason, review_date, set_by, set_at) values ('m1', ?, 'Potentially violent person', 'Threatened staff, March 2026', '2027-03-01', (select id from staff where username = 'teamleader'), '2026-03-02T10:00:00Z')",
        )
        .run(customer.id);
      await ok(
        backend.call('queue.checkIn', { serviceId: ids.councilTax, customerId: customer.id }),
      );
      const board = await ok(backend.call('queue.board', {}));
      expect(board.waiting.flatMap((v) => v.warningMarkers.map((m) => m.kind))).toEqual([
        'Potentially violent person',
      ]);
      expect(views()).toEqual([{ marker_id: 'm1', username: 'adviser', context: 'queue board' }]);

      // The board refreshes every 5 seconds: while the marker stays on the adviser's screen,
      // a row every 10 minutes, not one per refresh.
      backend.clock.advance(5_000);
      await ok(backend.call('queue.board', {}));
      expect(views()).toHaveLength(1);
      backend.clock.advance(10 * 60_000);
      await ok(backend.call('queue.board', {}));
      expect(views()).toHaveLength(2);

      // The team leader's board is logged as theirs.
      await backend.signIn('teamleader');
      await ok(backend.call('queue.board', { siteId: board.site.id }));
      expect(views()).toHaveLength(3);
      expect(views().at(-1)).toEqual({
        marker_id: 'm1',
        username: 'teamleader',
        context: 'queue board',
      });
    } finally {
      await backend.close();
    }
  });
});
