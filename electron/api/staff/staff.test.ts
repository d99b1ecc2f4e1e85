// Staff administration (go-live issue, item 2) through dispatch on the demo council: an
// administrator adds staff, retires accounts and changes roles; the council always keeps an
// administrator. Passwords (one-time ones, resets, lock-outs): staff-passwords.test.ts.
import { describe, expect, it } from 'vitest';
import { ok } from '../../../test/support/backend';
import {
  backend,
  sql,
  codeOf,
  messageOf,
  siteId,
  member,
  signInWith,
  useDemoBackend,
} from './staff.support';

useDemoBackend();

describe('staff administration', () => {
  it('is for administrators only', async () => {
    for (const username of ['adviser', 'teamleader']) {
      await backend.signIn(username);
      expect(codeOf(await backend.call('staff.accounts', {}))).toBe('FORBIDDEN');
      const add = await backend.call('staff.add', {
        displayName: 'Eve Evans',
        username: 'eevans',
        role: 'administrator',
        siteId: await siteId(),
      });
      expect(codeOf(add)).toBe('FORBIDDEN');
    }
    expect(sql("select count(*) as n from staff where username = 'eevans'")).toEqual([{ n: 0 }]);
  });

  it('lists everyone with their role, site, team and standing', async () => {
    await backend.signIn('admin');
    const list = await ok(backend.call('staff.accounts', {}));
    expect(list.find((s) => s.username === 'adviser')).toMatchObject({
      displayName: 'Amina Khan',
      role: 'adviser',
      site: { name: 'Town Hall One Stop Shop' },
      team: 'One Stop Shops',
      active: true,
      mustChangePassword: false,
    });
    expect(list).toHaveLength(4);
  });

  it('adds a member of staff with a one-time password, logged and audited', async () => {
    await backend.signIn('admin');
    const added = await ok(
      backend.call('staff.add', {
        displayName: ' Fatima Begum ',
        username: ' FBegum ',
        role: 'adviser',
        siteId: await siteId(),
        team: 'Contact Centre',
      }),
    );
    expect(added.staff).toMatchObject({
      username: 'fbegum',
      displayName: 'Fatima Begum',
      role: 'adviser',
      site: { name: 'Contact Centre' },
      team: 'Contact Centre',
      active: true,
      mustChangePassword: true,
    });
    expect(added.oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    // The change log has the account but never the password or its hash.
    const log = sql("select after from change_log where entity = 'staff' and entity_id = ?", [
      added.staff.id,
    ]);
    expect(log).toHaveLength(1);
    expect(String(log[0]!.after)).not.toMatch(/scrypt|\$/);
    expect(String(log[0]!.after)).not.toContain(added.oneTimePassword);
    const audit = sql("select kind, username, detail from audit_events where kind = 'staff_added'");
    expect(audit).toEqual([
      {
        kind: 'staff_added',
        username: 'fbegum',
        detail: '{"role":"adviser","oneTimePassword":"issued"}',
      },
    ]);

    // Usernames are unique whatever the case; the rules are setup's.
    const again = await backend.call('staff.add', {
      displayName: 'Fred Begum',
      username: 'FBEGUM',
      role: 'adviser',
      siteId: await siteId(),
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(!again.ok && again.error.fields).toEqual({
      username: 'Someone already has the username fbegum. Choose another.',
    });
    const badName = await backend.call('staff.add', {
      displayName: 'Fred Begum',
      username: 'fred begum',
      role: 'adviser',
      siteId: await siteId(),
    });
    expect(messageOf(badName)).toBe(
      'Use only letters, numbers, dots, dashes and underscores in the username.',
    );
    const badSite = await backend.call('staff.add', {
      displayName: 'Fred Begum',
      username: 'fbegum2',
      role: 'adviser',
      siteId: '01900000-0000-7000-8000-000000000000',
    });
    expect(!badSite.ok && badSite.error.fields).toEqual({
      siteId: 'Choose their usual site from the list.',
    });
  });

  it('retires an account: no sign-in, its session ends, its records stay', async () => {
    await backend.signIn('adviser');
    const adviserToken = backend.token;
    await backend.signIn('admin');
    const adminToken = backend.token;
    const adviser = await member('adviser');
    const contactsBefore = sql('select count(*) as n from contacts where staff_id = ?', [
      adviser.id,
    ]);
    const retired = await ok(backend.call('staff.retire', { staffId: adviser.id }));
    expect(retired).toMatchObject({ username: 'adviser', active: false });

    backend.token = adviserToken;
    expect(codeOf(await backend.call('contacts.mineToday', {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signInWith('adviser', 'demo1234'))).toBe('UNAUTHENTICATED');
    expect(sql('select count(*) as n from contacts where staff_id = ?', [adviser.id])).toEqual(
      contactsBefore,
    );
    expect(sql("select kind from audit_events where kind = 'staff_retired'")).toHaveLength(1);

    backend.token = adminToken;
    const list = await ok(backend.call('staff.accounts', {}));
    expect(list.at(-1)).toMatchObject({ username: 'adviser', active: false });
    // A retired account has no password to reset and no role to change.
    expect(codeOf(await backend.call('staff.resetPassword', { staffId: adviser.id }))).toBe(
      'CONFLICT',
    );
    expect(
      codeOf(await backend.call('staff.changeRole', { staffId: adviser.id, role: 'team_leader' })),
    ).toBe('CONFLICT');
  });

  it('never retires yourself or the last administrator, nor demotes the last one', async () => {
    await backend.signIn('admin');
    const admin = await member('admin');
    const self = await backend.call('staff.retire', { staffId: admin.id });
    expect(messageOf(self)).toBe(
      'You cannot retire your own account. Ask another administrator to do it.',
    );
    const demote = await backend.call('staff.changeRole', { staffId: admin.id, role: 'adviser' });
    expect(codeOf(demote)).toBe('CONFLICT');
    expect(messageOf(demote)).toMatch(/only administrator/);

    // With a second administrator, the first can step down; the second is then the last.
    const leader = await member('teamleader');
    expect(
      await ok(backend.call('staff.changeRole', { staffId: leader.id, role: 'administrator' })),
    ).toMatchObject({ role: 'administrator' });
    expect(sql("select kind, detail from audit_events where kind = 'role_changed'")).toEqual([
      { kind: 'role_changed', detail: '{"from":"team_leader","to":"administrator"}' },
    ]);
    await ok(backend.call('staff.changeRole', { staffId: admin.id, role: 'team_leader' }));
    // The change applies at the next call: admin is no longer an administrator.
    expect(codeOf(await backend.call('staff.accounts', {}))).toBe('FORBIDDEN');

    await backend.signIn('teamleader');
    const lastRetire = await backend.call('staff.retire', { staffId: leader.id });
    expect(codeOf(lastRetire)).toBe('CONFLICT');
    const lastDemote = await backend.call('staff.changeRole', {
      staffId: leader.id,
      role: 'adviser',
    });
    expect(messageOf(lastDemote)).toMatch(/only administrator/);
    expect(sql("select role from staff where username = 'teamleader'")).toEqual([
      { role: 'administrator' },
    ]);
  });

  it('refuses an unknown member of staff and a role that does not exist', async () => {
    await backend.signIn('admin');
    const unknown = await backend.call('staff.retire', {
      staffId: '01900000-0000-7000-8000-000000000000',
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const adviser = await member('adviser');
    const badRole = await backend.raw('staff.changeRole', {
      staffId: adviser.id,
      role: 'superuser',
    });
    expect(messageOf(badRole)).toBe('Choose a role from the list.');
  });
});
