// Signing in across desks (issue 21): online, the council server checks the password; a desk
// keeps the hash of each person who signed in there, to check them offline; a desk never
// holds the hash of someone who has not, and no hash travels in a pull.
import { describe, expect, it } from 'vitest';
import { joinedDesk, save, startCouncil } from './sync.support';

describe('a staff account made at another desk', () => {
  it('signs in online anywhere, and offline only where it signed in before', async () => {
    const council = await startCouncil();
    const [a, b, c] = [
      await joinedDesk(council, 'Desk A'),
      await joinedDesk(council, 'Desk B'),
      await joinedDesk(council, 'Desk C'),
    ];
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
    await c.sync();

    const hashAt = (desk: typeof b) =>
      desk.backend.opened
        .database!.sqlite.prepare(`select password_hash from staff where username = 'j.doe'`)
        .pluck()
        .get() as string;
    // Pulled without the hash: neither B nor C can check Jo's password yet.
    expect(hashAt(b)).not.toMatch(/^scrypt\$/);
    expect(
      JSON.stringify(await council.db.selectFrom('changes').select('data').execute()),
    ).not.toMatch(/scrypt\$/);

    const wrong = await b.backend.call('auth.signIn', {
      username: 'j.doe',
      password: 'not it at all',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const online = await b.backend.call('auth.signIn', {
      username: 'j.doe',
      password: added.oneTimePassword,
    });
    expect(online.ok).toBe(true);
    expect(hashAt(b)).toMatch(/^scrypt\$/);

    // The server goes down: B still knows Jo; C, where Jo never signed in, does not.
    await council.stop();
    const offlineB = await b.backend.call('auth.signIn', {
      username: 'j.doe',
      password: added.oneTimePassword,
    });
    expect(offlineB.ok).toBe(true);
    const offlineC = await c.backend.call('auth.signIn', {
      username: 'j.doe',
      password: added.oneTimePassword,
    });
    expect(offlineC).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    if (!offlineC.ok) expect(offlineC.error.message).toMatch(/set up at another desk/);
  });
});
