// What the council server owns (issue 21: "reference data and staff accounts are owned by the
// server; edits need the server"): a joined desk changes the council's lists only while it
// reaches the server, says why when it cannot, and the change then reaches the other desks; an
// edit the server does not accept is taken back at once, with its reason.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { dispatch } from '../api/dispatch';
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

describe('an edit the council server does not accept', () => {
  it('is taken back at once with the server’s reason, and leaves nothing waiting or listed', async () => {
    const council = await startCouncil();
    const a = await joinedDesk(council, 'Desk A');
    const b = await joinedDesk(council, 'Desk B');
    // On desk B an administrator makes the team leader an adviser; desk A has not heard yet.
    await b.backend.signIn('admin');
    const leader = b.backend.opened
      .database!.sqlite.prepare("select id from staff where username = 'teamleader'")
      .pluck()
      .get() as string;
    await save(b.backend, 'staff.changeRole', { staffId: leader, role: 'adviser' });

    await a.backend.signIn('teamleader');
    const before = await a.backend.call('quality.settings', {});
    if (!before.ok) throw new Error(before.error.message);
    const input = { samplePercent: before.value.samplePercent === 10 ? 20 : 10 };
    const { sqlite } = a.backend.opened.database!;
    const settingRow = () =>
      sqlite.prepare("select * from settings where key = 'quality.samplePercent'").all();
    const rowBefore = settingRow();
    const mutationId = uuidv7();
    const send = async () =>
      (
        await dispatch(a.backend.opened.backend, {
          method: 'quality.updateSettings',
          input,
          token: a.backend.token,
          mutationId,
        })
      ).result;
    expect(await send()).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          'The council server did not accept this change, so it has not been made: Only a team leader or an administrator changes this.',
      },
    });
    // Desk A holds the council's setting, not the refused one; nothing waits, nothing is listed.
    expect(settingRow()).toEqual(rowBefore);
    expect(await a.sync()).toMatchObject({ online: true, waiting: 0, problems: 0 });
    // The round that sent it brought the new role too: sent again, the same save is decided
    // again (not answered from memory), and desk A now refuses it itself.
    expect(await send()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(settingRow()).toEqual(rowBefore);
  });

  it('stands, and reaches the other desks, when the server accepts it', async () => {
    const council = await startCouncil();
    const a = await joinedDesk(council, 'Desk A');
    const b = await joinedDesk(council, 'Desk B');
    await a.backend.signIn('teamleader');
    await save(a.backend, 'quality.updateSettings', { samplePercent: 15 });
    expect(await a.sync()).toMatchObject({ waiting: 0, problems: 0 });
    await b.sync();
    const held = b.backend.opened
      .database!.sqlite.prepare("select value from settings where key = 'quality.samplePercent'")
      .pluck()
      .get();
    expect(held).toBe('15');
  });
});
