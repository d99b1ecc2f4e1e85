// Staff accounts on the council server (issue 21): hashes kept beside the changes, never in
// them, and checked at a desk's sign-in, the newest by clock winning; a joining desk's
// accounts taken only where the server has none; and each change checked against the role and
// standing of the member of staff who made it.
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../db/password-hash';
import { change, enrol, post, pull, push, testServer } from './test/sync-client';

const CHEAP = { logN: 4, r: 8, p: 1 };
const hlc = (ms: number) => `${String(ms).padStart(15, '0')}:00000:desk`;

describe('staff accounts on the server', () => {
  it('checks a sign-in against the newest hash, which no pull carries', async () => {
    const { db, app } = await testServer();
    const desk = await enrol(app, db);
    const first = await hashPassword('first password', CHEAP);
    const second = await hashPassword('second password', CHEAP);
    const staff = { entity: 'staff', entityId: 'st-9', staffId: 'system' };
    const created = await push(app, desk, [
      change({
        ...staff,
        op: 'create',
        hlc: hlc(1000),
        data: { id: 'st-9', username: 'J.Doe', role: 'adviser', password_hash: 'x', active: 1 },
        verifier: first,
      }),
    ]);
    expect(created.body.results[0]!.status).toBe('applied');
    // The later password, then an older one arriving late: the later stands.
    await push(app, desk, [
      change({
        ...staff,
        op: 'update',
        hlc: hlc(3000),
        data: { password_hash: 'x' },
        verifier: second,
      }),
      change({
        ...staff,
        op: 'update',
        hlc: hlc(2000),
        data: { password_hash: 'x' },
        verifier: first,
      }),
    ]);
    const signIn = (username: string, password: string) =>
      post<{ match: boolean; staffId?: string }>(
        app,
        '/sync/sign-in',
        { username, password },
        desk.auth,
      );
    expect((await signIn('j.doe', 'second password')).body).toMatchObject({
      match: true,
      staffId: 'st-9',
    });
    expect((await signIn('j.doe', 'first password')).body).toEqual({ match: false });
    expect((await signIn('nobody', 'second password')).body).toEqual({ match: false });
    expect(JSON.stringify((await pull(app, desk)).body)).not.toContain('scrypt$');
    expect((await post(app, '/sync/sign-in', { username: 'j.doe', password: 'x' })).status).toBe(
      401,
    );
  });

  it('takes a joining desk’s accounts only where it has none, and a hash only on a staff change', async () => {
    const { db, app } = await testServer();
    const desk = await enrol(app, db);
    const hash = await hashPassword('pw', CHEAP);
    const refused = await push(app, desk, [
      change({ entity: 'contacts', staffId: 'system', verifier: hash }),
    ]);
    expect(refused.body.results[0]).toMatchObject({ status: 'refused' });

    await push(app, desk, [
      change({
        entity: 'staff',
        entityId: 'st-1',
        staffId: 'system',
        op: 'create',
        hlc: hlc(5000),
        data: { username: 'admin', role: 'administrator', active: 1 },
        verifier: hash,
      }),
    ]);
    const older = await hashPassword('old', CHEAP);
    const adopted = await post<{ adopted: number }>(
      app,
      '/sync/staff',
      {
        staff: [
          { id: 'st-1', username: 'admin', role: 'administrator', active: true, hash: older },
          { id: 'st-2', username: 'adviser', role: 'adviser', active: true, hash: older },
          { id: 'st-3', username: 'display', role: 'display', active: true, hash: null },
        ],
      },
      desk.auth,
    );
    expect(adopted.body.adopted).toBe(2);
    const rows = await db
      .selectFrom('staff_accounts')
      .select(['staff_id', 'password_hash'])
      .execute();
    expect(new Map(rows.map((r) => [r.staff_id, r.password_hash]))).toEqual(
      new Map([
        ['staff-1', null], // the adviser enrol() shares for the test changes
        ['st-1', hash],
        ['st-2', older],
        ['st-3', null],
      ]),
    );
  });

  it('refuses a change its maker may not make, with the reason', async () => {
    const { db, app } = await testServer();
    const desk = await enrol(app, db);
    await post(
      app,
      '/sync/staff',
      {
        staff: [
          { id: 'adm', username: 'admin', role: 'administrator', active: true, hash: null },
          { id: 'adv', username: 'adviser', role: 'adviser', active: true, hash: null },
          { id: 'old', username: 'left', role: 'adviser', active: false, hash: null },
        ],
      },
      desk.auth,
    );
    const answers = await push(app, desk, [
      change({ staffId: 'adv', entity: 'contacts' }),
      change({ staffId: 'adv', entity: 'services', entityId: 'svc' }),
      change({ staffId: 'adm', entity: 'services', entityId: 'svc' }),
      change({
        staffId: 'adv',
        entity: 'staff',
        entityId: 'adm',
        op: 'update',
        data: { role: 'adviser' },
      }),
      change({
        staffId: 'adv',
        entity: 'staff',
        entityId: 'adv',
        op: 'update',
        data: { must_change_password: 0 },
      }),
      change({ staffId: 'old', entity: 'contacts' }),
      change({ staffId: 'stranger', entity: 'contacts' }),
    ]);
    expect(answers.body.results.map((r) => r.status)).toEqual([
      'applied',
      'refused',
      'applied',
      'refused',
      'applied',
      'refused',
      'refused',
    ]);
    const reasons = answers.body.results.map((r) => ('reason' in r ? r.reason : null));
    expect(reasons[1]).toMatch(/Only an administrator changes the council/);
    expect(reasons[5]).toMatch(/closed/);
    expect(reasons[6]).toMatch(/does not know this member of staff/);
  });
});
