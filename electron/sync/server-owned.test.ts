// What the council server owns (issue 21: "reference data and staff accounts are owned by the
// server; edits need the server"): a joined desk changes the council's lists only while it
// reaches the server, says why when it cannot, and the change then reaches the other desks.
import { describe, expect, it } from 'vitest';
import { joinedDesk, save, serverBack, startCouncil } from './sync.support';

describe('the council’s lists on a joined desk', () => {
  it('change only while the server is reached, and then reach every desk', async () => {
    const council = await startCouncil();
    const a = await joinedDesk(council, 'Desk A');
    const b = await joinedDesk(council, 'Desk B');
    await a.backend.signIn('admin');

    await council.stop();
    expect(await a.sync()).toMatchObject({ online: false });
    const offline = await a.backend.call('reference.add', {
      kind: 'team',
      name: 'Blue Badge Team',
    });
    expect(offline).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!offline.ok)
      expect(offline.error.message).toMatch(/through the council server.*since \d\d:\d\d/);
    // One's own password is not the server's to hold up.
    expect(
      (
        await a.backend.call('auth.changePassword', {
          currentPassword: 'demo1234',
          newPassword: 'a much longer passphrase 42',
        })
      ).ok,
    ).toBe(true);

    await serverBack(council, [a, b]);
    expect(await a.sync()).toMatchObject({ online: true });
    // A save as the screen sends it, with its mutation id, so it goes to the server.
    await save(a.backend, 'reference.add', { kind: 'team', name: 'Blue Badge Team' });
    await a.sync();
    await b.sync();
    const teams = b.backend.opened
      .database!.sqlite.prepare(`select count(*) from teams where name = 'Blue Badge Team'`)
      .pluck()
      .get();
    expect(teams).toBe(1);
  });
});
