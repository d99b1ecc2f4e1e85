// `npm run server-admin -- enrolment-code`: prints a code (alone on stdout) that enrols a desk.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { authenticateDesk } from './enrolment/desk-auth';
import { enrolDesk } from './enrolment/enrol';
import { freshDatabase } from './test/fresh-database';

const repoRoot = join(import.meta.dirname, '..');

function serverAdmin(args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    cwd: repoRoot,
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

it('prints a one-time code for a site that a desk can enrol with, once', async () => {
  const database = await freshDatabase();
  const run = serverAdmin(['enrolment-code', '--site', 'TH', '--by', 'j.smith', '--hours', '2'], {
    DATABASE_URL: database.url,
  });
  expect(run.stderr).toMatch(/One-time enrolment code for site TH, valid until/);
  expect(run.status).toBe(0);
  const code = run.stdout.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

  const db = database.connect();
  const stored = await db.selectFrom('enrolment_codes').selectAll().executeTakeFirstOrThrow();
  expect(stored).toMatchObject({ site_id: 'TH', created_by: 'j.smith' });
  expect(stored.expires_at.getTime() - Date.now()).toBeGreaterThan(1.9 * 3_600_000);
  expect(await enrolDesk(db, code, 'Reception 1')).toMatchObject({ ok: true, siteId: 'TH' });
  expect(await enrolDesk(db, code, 'Reception 2')).toMatchObject({ ok: false });
});

it('refuses without a site', () => {
  const run = serverAdmin(['enrolment-code', '--by', 'j.smith'], {
    DATABASE_URL: 'postgres://x@127.0.0.1:1/none',
  });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/--site/);
});

it('retires a desk: its secret no longer opens push or pull, and its row stays', async () => {
  const database = await freshDatabase();
  const env = { DATABASE_URL: database.url };
  const code = serverAdmin(
    ['enrolment-code', '--site', 'TH', '--by', 'j.smith'],
    env,
  ).stdout.trim();
  const db = database.connect();
  const enrolled = await enrolDesk(db, code, 'Reception 1');
  if (!enrolled.ok) throw new Error('enrolment failed');
  const header = `Bearer ${enrolled.deskId}.${enrolled.secret}`;
  expect(await authenticateDesk(db, header)).toMatchObject({ id: enrolled.deskId });

  const run = serverAdmin(['retire-desk', '--desk', enrolled.deskId], env);
  expect(run.stderr).toMatch(/is retired: it can no longer push or pull/);
  expect(run.status).toBe(0);
  expect(await authenticateDesk(db, header)).toEqual({
    refused: 'This desk has been retired. Enrol it again.',
  });
  expect(await db.selectFrom('desks').select('name').execute()).toEqual([{ name: 'Reception 1' }]);

  const again = serverAdmin(['retire-desk', '--desk', enrolled.deskId], env);
  expect(again.stderr).toMatch(/was already retired/);
  expect(again.status).toBe(0);
  const unknown = serverAdmin(['retire-desk', '--desk', 'not-a-desk'], env);
  expect(unknown.stderr).toMatch(/No desk has the id not-a-desk/);
  expect(unknown.status).toBe(1);
});
