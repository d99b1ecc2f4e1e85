// Who may do what, method by method, through dispatch on the demo council's real database
// (go-live issue, item 6; the rules are shared/api/access-rules.ts). The demo advisers are in
// different teams: Amina Khan ("adviser", One Stop Shops) and Ben Hughes ("adviser2", Contact
// Centre); a teammate's case moves Ben into Amina's team. Every method must be decided: public,
// a row below, or open to every staff role with its reason.
// The tables and the items they make are in access-rules.item-rules.ts,
// access-rules.role-rules.ts and access-rules.support.ts.
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api';
import { OPEN_TO_EVERY_STAFF_ROLE } from '../../shared/api/access-rules';
import { createTestBackend, referenceIds } from '../../test/support/backend';
import { ITEM_RULES } from './access-rules.item-rules';
import { BY_ROLE } from './access-rules.role-rules';
import {
  CASE_WORDS,
  CASES,
  codeOf,
  NOW,
  staffIds,
  type CaseName,
  type Made,
} from './access-rules.support';

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
