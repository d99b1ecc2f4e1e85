// Desk enrolment and desk authentication: a code works once, only before it expires, and the
// secret it buys is the only way to push or pull.
import { describe, expect, it } from 'vitest';
import { createEnrolmentCode, ENROL_REFUSALS } from './enrolment/enrol';
import { hashDeskSecret, normaliseEnrolmentCode } from './enrolment/secrets';
import { enrol, post, pull, testServer } from './test/sync-client';

async function counts(db: Awaited<ReturnType<typeof testServer>>['db']) {
  const desks = await db
    .selectFrom('desks')
    .select((e) => e.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const used = await db
    .selectFrom('enrolment_codes')
    .select((e) => e.fn.countAll().as('n'))
    .where('used_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return { desks: Number(desks.n), used: Number(used.n) };
}

describe('enrolment codes', () => {
  it('are four groups of four unambiguous characters, stored only as a hash', async () => {
    const { db } = await testServer();
    const { code, expiresAt } = await createEnrolmentCode(db, {
      siteId: 'TH',
      createdBy: 'admin',
      ttlHours: 24,
    });
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    const stored = await db.selectFrom('enrolment_codes').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ''));
    expect(normaliseEnrolmentCode(' ab0o-1il ')).toBe('AB00111');
  });

  it('buy a desk identity once; the code is then used, and the secret is kept only hashed', async () => {
    const { db, app } = await testServer();
    const { code } = await createEnrolmentCode(db, {
      siteId: 'TH',
      createdBy: 'admin',
      ttlHours: 1,
    });
    // Typed as a person might: lower case, spaces for dashes.
    const first = await post<{ deskId: string; secret: string; siteId: string }>(app, '/enrol', {
      code: code.toLowerCase().replace(/-/g, ' '),
      name: 'Reception 1',
    });
    expect(first.status).toBe(200);
    expect(first.body.siteId).toBe('TH');
    expect(Buffer.from(first.body.secret, 'base64url')).toHaveLength(32);
    const desk = await db.selectFrom('desks').selectAll().executeTakeFirstOrThrow();
    expect(desk).toMatchObject({ id: first.body.deskId, site_id: 'TH', name: 'Reception 1' });
    expect(desk.secret_hash).toBe(hashDeskSecret(first.body.secret));
    expect(desk.secret_hash).not.toContain(first.body.secret);

    const again = await post(app, '/enrol', { code, name: 'Reception 2' });
    expect(again).toEqual({ status: 401, body: { error: ENROL_REFUSALS.used } });
    expect(await counts(db)).toEqual({ desks: 1, used: 1 });
  });

  it('refuse an expired code and change nothing', async () => {
    const { db, app } = await testServer();
    const { code } = await createEnrolmentCode(db, {
      siteId: 'TH',
      createdBy: 'admin',
      ttlHours: 1,
    });
    await db
      .updateTable('enrolment_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const answer = await post(app, '/enrol', { code, name: 'Reception 1' });
    expect(answer).toEqual({ status: 401, body: { error: ENROL_REFUSALS.expired } });
    expect(await counts(db)).toEqual({ desks: 0, used: 0 });
  });

  it('refuse an unknown code, and a request without a code, changing nothing', async () => {
    const { db, app } = await testServer();
    await createEnrolmentCode(db, { siteId: 'TH', createdBy: 'admin', ttlHours: 1 });
    const answer = await post(app, '/enrol', { code: 'AAAA-BBBB-CCCC-DDDD', name: 'Reception 1' });
    expect(answer).toEqual({ status: 401, body: { error: ENROL_REFUSALS.unknown } });
    expect((await post(app, '/enrol', { name: 'Reception 1' })).status).toBe(400);
    expect(await counts(db)).toEqual({ desks: 0, used: 0 });
  });

  it('let one of two desks racing with one code enrol', async () => {
    const { db, app } = await testServer();
    const { code } = await createEnrolmentCode(db, {
      siteId: 'TH',
      createdBy: 'admin',
      ttlHours: 1,
    });
    const answers = await Promise.all(
      ['A', 'B', 'C'].map((name) => post(app, '/enrol', { code, name })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401]);
    expect(await counts(db)).toEqual({ desks: 1, used: 1 });
  });
});

/** The secret with its first character changed (the last one carries only 4 bits of a 43-character
 * base64url secret, so "swap the last for A" left it unchanged one time in 16). */
function nearMiss(secret: string): string {
  return (secret.startsWith('A') ? 'B' : 'A') + secret.slice(1);
}

describe('desk authentication', () => {
  it('lets the enrolled desk pull with its secret and refuses everything else with 401', async () => {
    const { db, app } = await testServer();
    const desk = await enrol(app, db);
    expect((await pull(app, desk)).status).toBe(200);

    const other = await enrol(app, db, 'TH', 'Reception 2');
    const refused = [
      { ...desk, auth: `Bearer ${desk.deskId}.${other.secret}` }, // another desk's secret
      { ...desk, auth: `Bearer ${desk.deskId}.${nearMiss(desk.secret)}` },
      { ...desk, auth: `Bearer 0190f5a0-0000-7000-8000-000000000001.${desk.secret}` }, // no desk
      { ...desk, auth: `Bearer not-a-uuid.${desk.secret}` },
      { ...desk, auth: `Basic ${desk.deskId}:${desk.secret}` },
      { ...desk, auth: '' },
    ];
    for (const wrong of refused) {
      const answer = await pull(app, wrong);
      expect(answer.status, wrong.auth).toBe(401);
      expect(answer.body).toHaveProperty('error');
    }
  });

  it('refuses a retired desk', async () => {
    const { db, app } = await testServer();
    const desk = await enrol(app, db);
    await db.updateTable('desks').set({ retired_at: new Date() }).execute();
    expect(await pull(app, desk)).toEqual({
      status: 401,
      body: { error: 'This desk has been retired. Enrol it again.' },
    });
  });
});
