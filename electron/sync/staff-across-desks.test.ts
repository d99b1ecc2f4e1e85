// A staff account made at one desk (issue 21): it arrives at the others so their records can
// name that person, but its password hash never travels, so no other desk can check the
// password until an administrator sets one there ("never for anyone else").
import { describe, expect, it } from 'vitest';
import { joinedDesk, save, startCouncil } from './sync.support';

describe('a staff account made at another desk', () => {
  it('arrives without its password, and signs in only where it was given one', async () => {
    const council = await startCouncil();
    const a = await joinedDesk(council, 'Desk A');
    const b = await joinedDesk(council, 'Desk B');
    await a.backend.signIn('admin');
    const lists = await a.backend.call('reference.list', {});
    if (!lists.ok) throw new Error(lists.error.message);
    const added = await save(a.backend, 'staff.add', {
      displayName: 'Jo Doe',
      username: 'j.doe',
      role: 'adviser',
      siteId: lists.value.sites[0]!.id,
    });
    await a.sync();
    expect(await b.sync()).toMatchObject({ problems: 0 });

    const sqlite = b.backend.opened.database!.sqlite;
    const row = sqlite
      .prepare(`select display_name, password_hash from staff where username = 'j.doe'`)
      .get() as { display_name: string; password_hash: string };
    expect(row.display_name).toBe('Jo Doe');
    expect(row.password_hash).not.toMatch(/^scrypt\$/);

    const refused = await b.backend.call('auth.signIn', {
      username: 'j.doe',
      password: added.oneTimePassword,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/set up at another desk/);

    // An administrator on B gives Jo a password there: now B can check it.
    await b.backend.signIn('admin');
    const reset = await save(b.backend, 'staff.resetPassword', { staffId: added.staff.id });
    const signedIn = await b.backend.call('auth.signIn', {
      username: 'j.doe',
      password: reset.oneTimePassword,
    });
    expect(signedIn.ok).toBe(true);
  });
});
