// Staff password hashes on the council server (issue 21): kept beside the changes, never in
// them; checked at a desk's sign-in; the newest by clock wins; a joining desk's accounts are
// taken only where the server has none.
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../db/password-hash';
import { change, enrol, post, pull, push, testServer } from './test/sync-client';

const CHEAP = { logN: 4, r: 8, p: 1 };
const hlc = (ms: number) => `${String(ms).padStart(15, '0')}:00000:desk`;

describe('staff verifiers', () => {
  it('checks a sign-in against the newest hash, which no pull carries', async () => {
    const { db, app } = await testServer();
    const desk = await enrol(app, db);
    const first = await hashPassword('first password', CHEAP);
    const second = await hashPassword('second password', CHEAP);
    const staff = { entity: 'staff', entityId: 'st-9' };
    const created = await push(app, desk, [
      change({
        ...staff,
        op: 'create',
        hlc: hlc(1000),
        data: { id: 'st-9', username: 'J.Doe', password_hash: '(not kept in the log)', active: 1 },
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

  it('refuses a hash on anything but a staff change, and takes a joining desk’s only where it has none', async () => {
    const { db, app } = await testServer();
    const desk = await enrol(app, db);
    const hash = await hashPassword('pw', CHEAP);
    const refused = await push(app, desk, [change({ entity: 'contacts', verifier: hash })]);
    expect(refused.body.results[0]).toMatchObject({ status: 'refused' });

    await push(app, desk, [
      change({
        entity: 'staff',
        entityId: 'st-1',
        op: 'create',
        hlc: hlc(5000),
        data: { username: 'admin', active: 1 },
        verifier: hash,
      }),
    ]);
    const older = await hashPassword('old', CHEAP);
    const adopted = await post<{ adopted: number }>(
      app,
      '/sync/verifiers',
      {
        staff: [
          { id: 'st-1', username: 'admin', active: true, hash: older },
          { id: 'st-2', username: 'adviser', active: true, hash: older },
        ],
      },
      desk.auth,
    );
    expect(adopted.body.adopted).toBe(1);
    const rows = await db
      .selectFrom('staff_verifiers')
      .select(['staff_id', 'password_hash'])
      .execute();
    expect(new Map(rows.map((r) => [r.staff_id, r.password_hash]))).toEqual(
      new Map([
        ['st-1', hash],
        ['st-2', older],
      ]),
    );
  });
});
