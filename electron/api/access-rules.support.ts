// What the access-rule tests share (access-rules*.test.ts): who acts on whose item, what
// each case should get, and the items an owner makes before the actor tries the method.
import type { MethodName, Result } from '../../shared/api';
import { ok, type referenceIds, type TestBackend } from '../../test/support/backend';

export type Username = 'adviser' | 'adviser2' | 'teamleader' | 'admin';
export type Ids = Awaited<ReturnType<typeof referenceIds>>;
/** `allowed`: the method did its work. Otherwise the error code, or what a list showed. */
export type Outcome = 'allowed' | 'FORBIDDEN' | 'CONFLICT' | 'listed' | 'not listed';

/** Who acts on whose item. */
export const CASES = {
  own: { actor: 'adviser', owner: 'adviser', teammates: false },
  teammate: { actor: 'adviser', owner: 'adviser2', teammates: true },
  otherTeam: { actor: 'adviser', owner: 'adviser2', teammates: false },
  leader: { actor: 'teamleader', owner: 'adviser', teammates: false },
  admin: { actor: 'admin', owner: 'adviser', teammates: false },
} as const;
export type CaseName = keyof typeof CASES;
export const CASE_WORDS: Record<CaseName, string> = {
  own: 'an adviser on their own',
  teammate: 'an adviser on a teammate’s',
  otherTeam: 'an adviser on another team’s',
  leader: 'a team leader on an adviser’s',
  admin: 'an administrator on an adviser’s',
};

export const OWN_OR_TEAM: Record<CaseName, Outcome> = {
  own: 'allowed',
  teammate: 'allowed',
  otherTeam: 'FORBIDDEN',
  leader: 'allowed',
  admin: 'allowed',
};
export const OWN_ONLY: Record<CaseName, Outcome> = { ...OWN_OR_TEAM, teammate: 'FORBIDDEN' };
export const LEADERS_ONLY: Record<CaseName, Outcome> = {
  ...OWN_OR_TEAM,
  own: 'FORBIDDEN',
  teammate: 'FORBIDDEN',
};
export const EVERYONE: Record<CaseName, Outcome> = { ...OWN_OR_TEAM, otherTeam: 'allowed' };

export interface Made {
  backend: TestBackend;
  ids: Ids;
  staff: Record<Username, string>;
  owner: Username;
  actor: Username;
}

export interface ItemRule {
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

export const NOW = '2026-11-23T10:00:00Z'; // Monday

export const letter = async ({ backend, ids }: Made, channel: 'letter' | 'email' = 'letter') =>
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
export const ownersLetter = async (m: Made, channel: 'letter' | 'email' = 'letter') => {
  const item = await letter(m, channel);
  await ok(m.backend.call('correspondence.assign', { id: item.id, staffId: m.staff[m.owner] }));
  return item;
};
export const contact = ({ backend, ids }: Made) =>
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
export const complaint = ({ backend, ids }: Made, aboutNamedStaff = false) =>
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
export const listed = (id: () => string) => (result: Result<unknown>) =>
  result.ok && (result.value as { id: string }[]).some((i) => i.id === id())
    ? 'listed'
    : 'not listed';

export const codeOf = (result: Result<unknown>) => (result.ok ? 'allowed' : result.error.code);

export function staffIds(backend: TestBackend): Record<Username, string> {
  const rows = backend.opened.database!.sqlite.prepare('select username, id from staff').all() as {
    username: Username;
    id: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.username, r.id])) as Record<Username, string>;
}
