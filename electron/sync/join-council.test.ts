// A new PC joins a council (issue 21): the council is set up on one PC, which joins the
// council server and founds the council there; a new PC then joins from its first-run screen
// with nothing of its own, takes the council's lists, staff and records from the server, and
// its staff sign in with the passwords they already have. A PC holding another council's
// records is refused, as is a new PC joining a server with no council yet.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { InputOf } from '../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../test/support/backend';
import { createEnrolmentCode } from '../../server/enrolment/enrol';
import { COUNCIL_REFUSALS } from '../../server/enrolment/council-check';
import { startCouncil, save, type Council } from './sync.support';

const ON_REQUEST = { intervalMs: 3_600_000, nudgeMs: 3_600_000 };

const RIVERSIDE: InputOf<'setup.createCouncil'> = {
  councilName: 'Riverside Borough Council',
  siteName: 'Riverside One Stop Shop',
  siteKind: 'one_stop_shop',
  displayName: 'Priya Shah',
  username: 'pshah',
  password: 'kettle orbit saffron',
};

async function newPc(): Promise<TestBackend> {
  const backend = await createTestBackend('2026-11-23T10:00:00Z', {
    empty: true,
    sync: ON_REQUEST,
  });
  onTestFinished(() => backend.close());
  return backend;
}

async function codeFor(council: Council, site: string) {
  return (await createEnrolmentCode(council.db, { siteId: site, createdBy: 'it', ttlHours: 1 }))
    .code;
}

/** The PC the council was set up on, joined to the server (so the council is founded there). */
async function foundingPc(council: Council) {
  const pc = await newPc();
  await ok(pc.call('setup.createCouncil', RIVERSIDE));
  await ok(pc.call('auth.signIn', { username: 'pshah', password: RIVERSIDE.password }));
  // The code names the site as the administrator knows it, before the server has heard of it.
  const code = await codeFor(council, 'riverside one stop shop');
  await ok(pc.call('sync.enrol', { serverUrl: council.url, code, deskName: 'Reception' }));
  return pc;
}

const rows = (pc: TestBackend, sql: string) =>
  pc.opened.database!.sqlite.prepare(sql).all() as Record<string, unknown>[];

describe('a new PC joining a council', () => {
  it('takes the council’s lists, staff and records from the server and signs its staff in', async () => {
    const council = await startCouncil();
    const founder = await foundingPc(council);

    const pc = await newPc();
    expect(await pc.call('auth.signInOptions', {})).toMatchObject({
      ok: true,
      value: { firstRun: true, joinedServer: null },
    });
    // A new data folder holds no standards of its own to meet the council's.
    expect(rows(pc, 'select id from service_standards')).toEqual([]);
    const code = await codeFor(council, 'Riverside One Stop Shop');
    expect(
      await pc.call('setup.joinCouncil', { serverUrl: council.url, code, deskName: 'Desk 2' }),
    ).toEqual({ ok: true, value: { staffArrived: true } });

    const options = await ok(pc.call('auth.signInOptions', {}));
    expect(options).toMatchObject({
      firstRun: false,
      councilName: 'Riverside Borough Council',
      joinedServer: council.url,
    });
    // The same lists with the same ids as the founding PC's: one council, not two copies.
    for (const table of ['sites', 'services', 'interaction_types', 'service_standards']) {
      const ids = (pc: TestBackend) => rows(pc, `select id from ${table} order by id`);
      expect(ids(pc).length, table).toBeGreaterThan(0);
      expect(ids(pc), table).toEqual(ids(founder));
    }
    // Every row of the baseline applied: none refers to a row not there yet.
    expect(rows(pc, 'select reason from sync_problems')).toEqual([]);
    expect(rows(pc, 'select id from staff')).toEqual(rows(founder, 'select id from staff'));
    // Signing in with the password set on the founding PC: checked by the server.
    await ok(pc.call('auth.signIn', { username: 'pshah', password: RIVERSIDE.password }));
    // What the new PC records reaches the founding PC.
    const lists = await ok(pc.call('reference.list', {}));
    const contact = await save(pc, 'contacts.record', {
      channel: 'face_to_face',
      serviceId: lists.services[0]!.id,
      interactionTypeId: lists.interactionTypes[0]!.id,
      customerTypeId: lists.customerTypes[0]!.id,
      outcome: 'resolved',
      startedAt: '2026-11-23T09:50:00Z',
      endedAt: '2026-11-23T09:55:00Z',
    });
    await ok(pc.call('sync.now', {}));
    await ok(founder.call('sync.now', {}));
    expect(rows(founder, `select id from contacts where id = '${contact.id}'`)).toHaveLength(1);
    // And it cannot be set up as a council of its own afterwards.
    expect(await pc.call('setup.createCouncil', RIVERSIDE)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('refuses a new PC while the server holds no council, and changes nothing', async () => {
    const council = await startCouncil();
    const pc = await newPc();
    const code = await codeFor(council, 'Riverside One Stop Shop');
    const join = { serverUrl: council.url, code, deskName: 'Desk 2' };
    expect(await pc.call('setup.joinCouncil', join)).toMatchObject({
      ok: false,
      error: { message: COUNCIL_REFUSALS.noCouncil },
    });
    expect(rows(pc, 'select * from sync_state where desk_id is not null')).toEqual([]);
    expect(await ok(pc.call('auth.signInOptions', {}))).toMatchObject({ joinedServer: null });
    // The code was not used up: once the council is founded, the PC joins with it.
    await foundingPc(council);
    expect(await pc.call('setup.joinCouncil', join)).toEqual({
      ok: true,
      value: { staffArrived: true },
    });
  });

  it('refuses a PC holding another council’s records', async () => {
    const council = await startCouncil();
    await foundingPc(council);
    const demo = await createTestBackend('2026-11-23T10:00:00Z', { sync: ON_REQUEST });
    onTestFinished(() => demo.close());
    await demo.signIn('admin');
    const code = await codeFor(council, 'Riverside One Stop Shop');
    expect(
      await demo.call('sync.enrol', { serverUrl: council.url, code, deskName: 'Desk 9' }),
    ).toMatchObject({
      ok: false,
      error: {
        message: COUNCIL_REFUSALS.otherCouncil('Demo Borough Council', 'Riverside Borough Council'),
      },
    });
    expect(await ok(demo.call('sync.status', {}))).toMatchObject({ mode: 'single' });
  });

  it('names the council’s sites when a code is for a site it does not have', async () => {
    const council = await startCouncil();
    await foundingPc(council);
    const pc = await newPc();
    const code = await codeFor(council, 'Town Hall');
    expect(
      await pc.call('setup.joinCouncil', { serverUrl: council.url, code, deskName: 'Desk 2' }),
    ).toMatchObject({
      ok: false,
      error: { message: COUNCIL_REFUSALS.noSuchSite('Town Hall', ['Riverside One Stop Shop']) },
    });
    expect(rows(pc, 'select * from staff')).toEqual([]);
  });
});
