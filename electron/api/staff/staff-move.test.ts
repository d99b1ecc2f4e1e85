// Moving a member of staff (go-live issue, items 2 and 3): an administrator changes someone's
// usual site and team; a team typed for the first time joins the council's list of teams,
// a retired team is refused, and a site that is nobody's usual site can then be retired.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result, StaffMember } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
  await backend.signIn('admin');
});
afterEach(async () => {
  await backend.close();
});

const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
const teams = () =>
  backend.opened
    .database!.sqlite.prepare('select name, active from teams order by sort_order')
    .all() as { name: string; active: number }[];
async function member(username: string): Promise<StaffMember> {
  return (await ok(backend.call('staff.accounts', {}))).find((s) => s.username === username)!;
}
async function siteId(name: string): Promise<string> {
  return (await ok(backend.call('reference.list', {}))).sites.find((s) => s.name === name)!.id;
}

describe('moving a member of staff', () => {
  it('changes their usual site and team, adding a new team to the list once', async () => {
    const adviser = await member('adviser');
    const riverside = await siteId('Riverside One Stop Shop');
    const before = teams().length;
    const moved = await ok(
      backend.call('staff.move', {
        staffId: adviser.id,
        siteId: riverside,
        team: 'Riverside desk',
      }),
    );
    expect(moved.site.name).toBe('Riverside One Stop Shop');
    expect(moved.team).toBe('Riverside desk');
    expect(teams()).toHaveLength(before + 1);

    // The same team in other letters is the same team, spelt as the list spells it.
    const other = await member('adviser2');
    const joined = await ok(
      backend.call('staff.move', { staffId: other.id, siteId: riverside, team: 'riverside DESK' }),
    );
    expect(joined.team).toBe('Riverside desk');
    expect(teams()).toHaveLength(before + 1);

    const noTeam = await ok(
      backend.call('staff.move', { staffId: other.id, siteId: riverside, team: '' }),
    );
    expect(noTeam.team).toBeNull();
  });

  it('refuses a retired team or site and writes nothing', async () => {
    const adviser = await member('adviser');
    const list = await ok(backend.call('reference.all', {}));
    const team = list.teams.find((t) => t.active)!;
    await ok(backend.call('reference.retire', { kind: 'team', id: team.id }));
    const log = () =>
      backend.opened.database!.sqlite.prepare('select count(*) from change_log').pluck().get();
    const written = log();
    const refused = await backend.call('staff.move', {
      staffId: adviser.id,
      siteId: adviser.site.id,
      team: team.name,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: `The team ${team.name} is retired. Reinstate it under Council lists, or choose another team.`,
      },
    });
    const badSite = await backend.call('staff.move', {
      staffId: adviser.id,
      siteId: '0190f5c0-0000-7000-8000-000000000000',
    });
    expect(codeOf(badSite)).toBe('VALIDATION');
    expect(log()).toBe(written);
    expect((await member('adviser')).team).toBe(adviser.team);
  });

  it('is for administrators only', async () => {
    const adviser = await member('adviser');
    await backend.signIn('teamleader');
    const result = await backend.call('staff.move', {
      staffId: adviser.id,
      siteId: adviser.site.id,
    });
    expect(codeOf(result)).toBe('FORBIDDEN');
  });
});
