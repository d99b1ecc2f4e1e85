// A council's first run (go-live issue, item 1): a new data folder has nobody who can sign in
// and publishes no password; the first-run screen creates the council, its first site and
// its administrator under the NCSC password rules, or fills the folder with the demo council
// when asked. Neither can happen twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf, Result } from '../../../shared/api';
import { settableClock } from '../../../shared/domain/clock';
import { demoRequested } from '../../config';
import { openBackend, type OpenBackend } from '../backend';
import { dispatch } from '../dispatch';

let dataDir: string;
let opened: OpenBackend;
let token: string | null = null;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'council-contact-first-run-'));
  opened = await openBackend({
    dataDir,
    clock: settableClock('2026-12-07T09:00:00Z'),
    backgroundCheckpoints: false,
  });
  token = null;
});
afterEach(async () => {
  await opened.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Any input, as a misbehaving caller could send; the answer typed as the method's. */
async function call<K extends MethodName>(method: K, input: unknown): Promise<Result<OutputOf<K>>> {
  const response = await dispatch(opened.backend, { method, input, token });
  if (response.token !== undefined) token = response.token;
  return response.result as Result<OutputOf<K>>;
}
const count = (table: string) =>
  (opened.database!.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

const COUNCIL: InputOf<'setup.createCouncil'> = {
  councilName: 'Halton Borough Council',
  siteName: 'Runcorn Direct Link',
  siteKind: 'one_stop_shop',
  displayName: 'Priya Shah',
  username: 'pshah',
  password: 'kettle orbit saffron',
};

describe('a new data folder', () => {
  it('has nobody who can sign in, and lists no accounts', async () => {
    expect(count('staff')).toBe(0);
    expect(await call('auth.signInOptions', {})).toMatchObject({
      ok: true,
      value: { firstRun: true, demo: false, demoAccounts: null, sites: [] },
    });
    expect(await call('auth.signIn', { username: 'admin', password: 'demo1234' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('creates the council and its administrator, who signs in at the first site', async () => {
    expect(await call('setup.createCouncil', { ...COUNCIL, username: ' PShah ' })).toEqual({
      ok: true,
      value: { username: 'pshah' },
    });
    expect(count('staff')).toBe(1);
    const options = await call('auth.signInOptions', {});
    expect(options).toMatchObject({
      ok: true,
      value: {
        firstRun: false,
        demo: false,
        demoAccounts: null,
        councilName: 'Halton Borough Council',
        sites: [{ name: 'Runcorn Direct Link' }],
      },
    });
    const signedIn = await call('auth.signIn', {
      username: 'pshah',
      password: 'kettle orbit saffron',
    });
    expect(signedIn).toMatchObject({
      ok: true,
      value: {
        staff: { displayName: 'Priya Shah', role: 'administrator' },
        site: { name: 'Runcorn Direct Link' },
      },
    });
    // The lists any council starts from, to edit later; no demo offers, no other sites.
    const reference = await call('reference.list', {});
    expect(reference.ok && reference.value.services.length).toBe(19);
    expect(reference.ok && reference.value.sites.map((s) => s.name)).toEqual([
      'Runcorn Direct Link',
    ]);
    expect(count('offer_rules')).toBe(0);
    // The password is stored hashed at OWASP's cost.
    const hash = opened.database!.sqlite.prepare('select password_hash as h from staff').get() as {
      h: string;
    };
    expect(hash.h).toMatch(/^scrypt\$17\$8\$1\$/);
    // ...and on its row only: the change log (shown on records, shipped to the server) never
    // holds a hash.
    const logged = opened
      .database!.sqlite.prepare("select after from change_log where entity = 'staff'")
      .all() as { after: string }[];
    expect(logged).toHaveLength(1);
    expect(logged[0]!.after).not.toContain('scrypt$');
    expect(JSON.parse(logged[0]!.after)).toMatchObject({
      username: 'pshah',
      password_hash: '(not kept in the log)',
    });
  });

  it.each([
    ['a short password', { password: 'three words' }, 'password', 'Use at least 12 characters'],
    ['a common password', { password: 'qwerty123456' }, 'password', 'most commonly used'],
    ['the username inside', { password: 'pshah-is-the-admin' }, 'password', 'must not contain'],
    ['a username with spaces', { username: 'p shah' }, 'username', 'Use only letters'],
    ['no council name', { councilName: '  ' }, 'councilName', 'Enter the council’s name'],
    ['no kind of site', { siteKind: 'library' }, 'siteKind', 'One Stop Shop or a contact centre'],
  ])('refuses %s, saying why, and writes nothing', async (_case, change, field, words) => {
    const result = await call('setup.createCouncil', { ...COUNCIL, ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.[field]).toContain(words);
    expect(count('staff')).toBe(0);
    expect(count('sites')).toBe(0);
    expect(count('change_log')).toBe(
      // the default service standards every database starts with, and nothing more
      count('service_standards'),
    );
  });

  it('cannot be set up twice, nor turned into the demo council afterwards', async () => {
    await call('setup.createCouncil', COUNCIL);
    const again = await call('setup.createCouncil', { ...COUNCIL, username: 'intruder' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const demo = await call('setup.tryDemo', {});
    expect(demo).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!demo.ok && demo.error.message).toContain('already set up');
    expect(count('staff')).toBe(1);
  });

  it('becomes the demo council only when asked, and says so', async () => {
    expect(await call('setup.tryDemo', {})).toEqual({ ok: true, value: null });
    const options = await call('auth.signInOptions', {});
    expect(options).toMatchObject({
      ok: true,
      value: { firstRun: false, demo: true, councilName: 'Demo Borough Council' },
    });
    expect(options.ok && options.value.demoAccounts?.map((a) => a.username)).toEqual([
      'adviser',
      'adviser2',
      'teamleader',
      'admin',
    ]);
    expect(await call('setup.tryDemo', {})).toMatchObject({ ok: false });
  });
});

describe('asking for the demo council at start-up', () => {
  it('takes --demo or COUNCIL_CONTACT_DEMO=1, and nothing else', () => {
    expect(demoRequested(['node', 'web-cli.js', '--demo'], {})).toBe(true);
    expect(demoRequested(['node', 'web-cli.js'], { COUNCIL_CONTACT_DEMO: '1' })).toBe(true);
    expect(demoRequested(['node', 'web-cli.js'], { COUNCIL_CONTACT_DEMO: '0' })).toBe(false);
    expect(demoRequested(['node', 'web-cli.js', '--data-dir', 'demo'], {})).toBe(false);
  });
});
