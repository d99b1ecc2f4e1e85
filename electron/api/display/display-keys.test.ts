// The waiting-area screen as a kiosk (issue 22) through dispatch on a real SQLite back end:
// an administrator makes a display key, the screen reads its site's board with the key and
// no session, and a withdrawn or wrong key is refused with nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
});
afterEach(async () => {
  await backend.close();
});

const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
const sqlite = () => backend.opened.database!.sqlite;
const count = (table: string) =>
  sqlite().prepare(`select count(*) from ${table}`).pluck().get() as number;

async function oneStopShop() {
  await backend.signIn('admin');
  const listed = await ok(backend.call('display.keys', {}));
  return listed.sites[0]!;
}

async function makeKey(label = 'Town Hall waiting area') {
  const site = await oneStopShop();
  const made = await ok(backend.call('display.makeKey', { siteId: site.siteId, label }));
  backend.token = null; // the screen has no session
  return { site, made };
}

/** A visitor checked in and called to a new desk at the site, by the demo adviser. */
async function callVisitor(siteId: string, deskName: string, customerName: string) {
  await backend.signIn('adviser');
  const services = (await ok(backend.call('reference.list', {}))).services;
  await ok(backend.call('queue.checkIn', { siteId, serviceId: services[0]!.id, customerName }));
  const desk = await ok(backend.call('desks.open', { siteId, name: deskName, serviceIds: [] }));
  const called = await ok(backend.call('queue.callNext', { deskId: desk.id }));
  backend.token = null;
  return called;
}

describe('display keys', () => {
  it('are made by an administrator, listed without the key, and kept only as a hash', async () => {
    const { site, made } = await makeKey();
    expect(made.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(made.key).toMatchObject({
      siteId: site.siteId,
      siteName: site.siteName,
      label: 'Town Hall waiting area',
      createdByName: sqlite()
        .prepare("select display_name from staff where username = 'admin'")
        .pluck()
        .get(),
      lastUsedAt: null,
      withdrawnAt: null,
    });
    await backend.signIn('admin');
    const listed = await ok(backend.call('display.keys', {}));
    expect(listed.keys.map((k) => k.id)).toEqual([made.key.id]);
    expect(JSON.stringify(listed)).not.toContain(made.secret);
    const stored = sqlite().prepare('select * from display_keys').all();
    const log = sqlite().prepare("select * from change_log where entity = 'display_keys'").all();
    expect(JSON.stringify(stored)).not.toContain(made.secret);
    expect(JSON.stringify(log)).not.toContain(made.secret);
    expect(log).toHaveLength(1);
  });

  it('are refused to anyone but an administrator', async () => {
    const site = await oneStopShop();
    await backend.signIn('teamleader');
    const result = await backend.call('display.makeKey', { siteId: site.siteId, label: 'Foyer' });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(count('display_keys')).toBe(0);
  });

  it('open the site’s board without a session and record when they were last used', async () => {
    const { site, made } = await makeKey();
    const board = await ok(backend.call('display.board', { key: made.secret }));
    expect(board).toEqual({ site: site.siteName, soundOnCall: true, calls: [] });
    const used = sqlite().prepare('select last_used_at from display_keys').pluck().get();
    expect(used).toBe('2026-11-23T10:00:00.000Z');
  });

  it('show only tickets, desks and call times: no customer or staff names', async () => {
    const { site, made } = await makeKey();
    const called = await callVisitor(site.siteId, 'Desk 7', 'Margaret Oyelaran');
    const board = await ok(backend.call('display.board', { key: made.secret }));
    expect(board.calls).toEqual([
      { ticket: called.ticket, deskName: 'Desk 7', calledAt: called.calledAt },
    ]);
    const names = sqlite().prepare('select display_name from staff').pluck().all() as string[];
    const text = JSON.stringify(board);
    for (const name of ['Margaret Oyelaran', ...names]) expect(text).not.toContain(name);
  });

  it('show the latest call first and at most five', async () => {
    const { site, made } = await makeKey();
    const tickets: string[] = [];
    for (let i = 1; i <= 6; i += 1) {
      backend.clock.set(new Date(Date.parse('2026-11-23T10:00:00Z') + i * 60_000));
      tickets.push((await callVisitor(site.siteId, `Desk ${i}`, `Visitor ${i}`)).ticket);
    }
    const board = await ok(backend.call('display.board', { key: made.secret }));
    expect(board.calls.map((c) => c.ticket)).toEqual(tickets.slice(1).reverse());
    expect(board.calls[0]!.deskName).toBe('Desk 6');
  });

  it('stop working once withdrawn, saying so', async () => {
    const { made } = await makeKey();
    await backend.signIn('admin');
    const withdrawn = await ok(backend.call('display.withdrawKey', { keyId: made.key.id }));
    expect(withdrawn.withdrawnAt).toBe('2026-11-23T10:00:00.000Z');
    backend.token = null;
    const result = await backend.call('display.board', { key: made.secret });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(!result.ok && result.error.message).toContain('withdrawn');
  });

  it('refuse a wrong key and write nothing', async () => {
    const { made } = await makeKey();
    const tables = ['change_log', 'mutations', 'audit_events', 'display_keys'];
    const before = tables.map(count);
    const wrong = made.secret.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const result = await backend.call('display.board', { key: wrong });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(!result.ok && result.error.message).toContain('not recognised');
    expect(tables.map(count)).toEqual(before);
    expect(sqlite().prepare('select last_used_at from display_keys').pluck().get()).toBeNull();
    expect(codeOf(await backend.raw('display.board', { key: 'short' }))).toBe('VALIDATION');
  });

  it('sound a tone on each new call unless the site’s setting is turned off', async () => {
    const { site, made } = await makeKey();
    await backend.signIn('admin');
    const set = await ok(
      backend.call('display.setSound', { siteId: site.siteId, soundOnCall: false }),
    );
    expect(set.soundOnCall).toBe(false);
    expect((await ok(backend.call('display.keys', {}))).sites[0]!.soundOnCall).toBe(false);
    backend.token = null;
    expect((await ok(backend.call('display.board', { key: made.secret }))).soundOnCall).toBe(false);
  });
});
