// The demo data generator on a real SQLite file, checked for what a person looking at the
// demo would notice: the numbers asked for, every channel, FCR near the target with repeat
// contacts below it, nothing on bank holidays, visits behind face-to-face contacts, abandoned
// calls, valid references everywhere, and the same data from the same seed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/domain/channels';
import { settableClock } from '../../shared/domain/clock';
import { addWorkingDays, createWorkingCalendar } from '../../shared/time';
import { londonDateOf, londonTimeOf } from '../../shared/time/london';
import { DATABASE_FILE_NAME, openDatabase, type OpenedDatabase } from '../../db/open';
import { openBackend } from '../../electron/api/backend';
import { verifyPassword } from '../../electron/api/auth/password';
import { DemoDataError, generateDemoData, type DemoDataOptions } from './generate';

// 22 March to 10 April 2026: the clocks go forward on 29 March, and Good Friday (3 April)
// and Easter Monday (6 April) are bank holidays in England and Wales.
const OPTIONS: DemoDataOptions = {
  customers: 200,
  contacts: 3_000,
  days: 20,
  end: '2026-04-10',
  seed: 7,
};
const calendar = createWorkingCalendar({ region: 'england-and-wales' });
const folders: string[] = [];
let template: string;

/** A fresh data folder holding a copy of one seeded demo council (same ids in every copy). */
function councilCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'council-contact-demo-data-'));
  folders.push(dir);
  copyFileSync(template, join(dir, DATABASE_FILE_NAME));
  return dir;
}

async function generateInto(dir: string, options = OPTIONS) {
  const database = await openDatabase(join(dir, DATABASE_FILE_NAME));
  try {
    return await generateDemoData(database.sqlite, options);
  } finally {
    await database.close();
  }
}

function demoData(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'cli/demo-data.ts', ...args], {
    encoding: 'utf8',
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'council-contact-demo-template-'));
  folders.push(dir);
  const opened = await openBackend({
    dataDir: dir,
    clock: settableClock('2026-01-05T09:00:00Z'),
    demo: true,
  });
  await opened.close();
  template = join(dir, DATABASE_FILE_NAME);
});

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('demo data', () => {
  let database: OpenedDatabase;
  let sqlite: BetterSqlite3.Database;
  let changeLogBefore: number;
  const all = <T>(query: string, ...params: unknown[]) =>
    sqlite.prepare(query).all(...params) as T[];
  const value = (query: string, ...params: unknown[]) =>
    sqlite
      .prepare(query)
      .pluck()
      .get(...params) as number;

  beforeAll(async () => {
    const dir = councilCopy();
    database = await openDatabase(join(dir, DATABASE_FILE_NAME));
    sqlite = database.sqlite;
    changeLogBefore = value('select count(*) from change_log');
    await generateDemoData(sqlite, OPTIONS);
  });
  afterAll(() => database.close());

  it('writes the customers and contacts asked for, and no change-log rows', () => {
    expect(value('select count(*) from customers')).toBe(200);
    expect(value('select count(*) from contacts')).toBe(3_000);
    expect(value('select count(*) from change_log')).toBe(changeLogBefore);
    expect(value("select count(*) from customers where name_keys is null or name_keys = ''")).toBe(
      0,
    );
  });

  it('adds advisers for the demand, each with their share of the work, none able to sign in', async () => {
    // 3,000 contacts over 20 days is about 210 a working day: five advisers at 45 a day.
    // The demo council has two, so three are added.
    const added = all<{ display_name: string; password_hash: string; site: string; team: string }>(
      `select display_name, password_hash, s.name as site, team from staff
       join sites s on s.id = home_site_id where username like 'demo-adviser-%'`,
    );
    expect(added).toHaveLength(3);
    expect(value("select count(*) from staff where role = 'adviser' and active = 1")).toBe(5);
    expect(new Set(added.map((a) => a.display_name)).size).toBe(3);
    // Four fifths of contact is by phone and in writing: 2.4 of the 3 for the contact centre,
    // and its remainder (0.4) beats the biggest shop's (0.26 of 20% x 3), so all three.
    expect(added.map((a) => [a.site, a.team])).toEqual(
      Array(3).fill(['Contact Centre', 'Contact Centre']),
    );
    expect(await verifyPassword('demo1234', added[0]!.password_hash)).toBe(false);
    const busiest = all<{ n: number }>(
      `select count(*) as n from contacts c join staff s on s.id = c.staff_id
       where s.username like 'demo-adviser-%' group by s.id`,
    );
    expect(busiest).toHaveLength(3);
  });

  it('uses every channel, telephone most, with about 5% outbound', () => {
    const byChannel = new Map(
      all<{ channel: string; n: number }>(
        'select channel, count(*) as n from contacts group by channel',
      ).map((r) => [r.channel, r.n]),
    );
    expect([...byChannel.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(byChannel.get('telephone')! / 3_000).toBeGreaterThan(0.45);
    const outbound = value("select count(*) from contacts where direction = 'outbound'") / 3_000;
    expect(outbound).toBeGreaterThan(0.03);
    expect(outbound).toBeLessThan(0.08);
  });

  it('resolves 75-85% of inbound contacts at first contact, and some are repeated', () => {
    const recorded = value(
      "select avg(outcome = 'resolved') from contacts where direction = 'inbound'",
    );
    expect(recorded).toBeGreaterThanOrEqual(0.75);
    expect(recorded).toBeLessThanOrEqual(0.85);
    const repeated = value(`
      select count(*) from contacts a
      where a.direction = 'inbound' and a.outcome = 'resolved' and a.customer_id is not null
        and exists (select 1 from contacts b
          where b.customer_id = a.customer_id and b.service_id = a.service_id
            and b.direction = 'inbound' and b.started_at > a.started_at
            and julianday(b.started_at) - julianday(a.started_at) <= 7)`);
    expect(repeated).toBeGreaterThan(0);
    // The stats read the flag the triggers keep: the load worked it out once, and put the
    // triggers back for the app's own writes.
    expect(value('select count(*) from contacts where repeated = 1')).toBe(repeated);
    expect(
      value(
        "select count(*) from sqlite_master where type = 'trigger' and name like 'contacts_repeat_%'",
      ),
    ).toBe(3);
  });

  it('puts nothing on Sundays or bank holidays, and keeps to London opening hours', () => {
    const starts = all<{ started_at: string }>('select started_at from contacts').map(
      (r) => r.started_at,
    );
    for (const start of starts) {
      expect(start).toBe(new Date(start).toISOString());
      const date = londonDateOf(start);
      expect(calendar.isWorkingDay(date), `${start} is on ${date}`).toBe(true);
      const time = londonTimeOf(start);
      expect(time >= '08:00' && time < '18:00', `${start} is at ${time}`).toBe(true);
    }
    const days = new Set(starts.map((s) => londonDateOf(s)));
    for (const holiday of ['2026-04-03', '2026-04-06']) expect(days.has(holiday)).toBe(false);
    // After the clocks change, the morning rush is still at 08:00-09:00 London time (07:00 UTC).
    expect(starts.some((s) => s.startsWith('2026-04-07T07:'))).toBe(true);
  });

  it('gives every face-to-face contact a visit at a One Stop Shop, and phones the contact centre', () => {
    const unlinked = value(`
      select count(*) from contacts c left join visits v on v.id = c.visit_id
      where c.channel = 'face_to_face' and c.direction = 'inbound'
        and (v.id is null or v.site_id <> c.site_id or v.first_seen_at <> c.started_at)`);
    expect(unlinked).toBe(0);
    const wrongSite = value(`
      select count(*) from contacts c join sites s on s.id = c.site_id
      where (c.channel = 'face_to_face' and s.kind <> 'one_stop_shop')
         or (c.channel = 'telephone' and s.kind <> 'contact_centre')`);
    expect(wrongSite).toBe(0);
    const left = value("select count(*) from visits where state = 'left'");
    expect(left).toBeGreaterThan(0);
    // Tickets are numbered from 1 per site per day, in order of arrival.
    const gaps = value(`
      select count(*) from (select site_id, ticket_date, max(ticket_number) as top, count(*) as n
        from visits group by site_id, ticket_date) where top <> n`);
    expect(gaps).toBe(0);
  });

  it('queues every inbound call, and 3-10% of calls are abandoned', () => {
    const unanswered = value(`
      select count(*) from contacts c where c.channel = 'telephone' and c.direction = 'inbound'
        and not exists (select 1 from calls k where k.contact_id = c.id and k.answered_at = c.started_at)`);
    expect(unanswered).toBe(0);
    const share = value('select avg(abandoned_at is not null) from calls');
    expect(share).toBeGreaterThanOrEqual(0.03);
    expect(share).toBeLessThanOrEqual(0.1);
  });

  it('dates replies by the working-day rule and hand-offs under a standard', () => {
    const items = all<{ received_date: string; due_date: string; reply_working_days: number }>(
      'select received_date, due_date, reply_working_days from correspondence',
    );
    expect(items.length).toBeGreaterThan(100);
    for (const item of items)
      expect(item.due_date).toBe(
        addWorkingDays(calendar, item.received_date, item.reply_working_days),
      );
    expect(value("select count(*) from correspondence where status = 'open'")).toBeGreaterThan(0);
    const handedOff = value("select count(*) from contacts where outcome = 'handed_off'");
    expect(value('select count(*) from hand_offs')).toBe(handedOff);
    expect(
      value('select count(*) from hand_offs where standard_id is null or due_at is null'),
    ).toBe(0);
  });

  it('keeps every foreign key and check', () => {
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL again
  });
});

describe('demo data runs', () => {
  it('gives the same rows from the same seed, and other rows from another', async () => {
    const [a, b, c] = [councilCopy(), councilCopy(), councilCopy()];
    await generateInto(a);
    await generateInto(b);
    await generateInto(c, { ...OPTIONS, seed: 8 });
    const dump = async (dir: string) => {
      const database = await openDatabase(join(dir, DATABASE_FILE_NAME));
      const tables = ['customers', 'contacts', 'visits', 'calls', 'correspondence', 'hand_offs'];
      const rows = tables.map((t) =>
        database.sqlite.prepare(`select * from ${t} order by id`).all(),
      );
      await database.close();
      return rows;
    };
    const first = await dump(a);
    expect(await dump(b)).toEqual(first);
    expect(await dump(c)).not.toEqual(first);
  });

  it('has a light Saturday only at a One Stop Shop whose hours include one', async () => {
    const dir = councilCopy();
    const database = await openDatabase(join(dir, DATABASE_FILE_NAME));
    const site = database.sqlite
      .prepare("select id, opening_hours from sites where name = 'Market Street One Stop Shop'")
      .get() as { id: string; opening_hours: string };
    const hours = {
      ...(JSON.parse(site.opening_hours) as Record<string, unknown>),
      sat: [{ open: '09:00', close: '12:30' }],
    };
    database.sqlite
      .prepare('update sites set opening_hours = ? where id = ?')
      .run(JSON.stringify(hours), site.id);
    await generateDemoData(database.sqlite, OPTIONS);
    const rows = database.sqlite
      .prepare('select started_at, channel, site_id from contacts')
      .all() as { started_at: string; channel: string; site_id: string }[];
    await database.close();
    const saturday = rows.filter(
      (r) => new Date(`${londonDateOf(r.started_at)}T12:00Z`).getUTCDay() === 6,
    );
    expect(saturday.length).toBeGreaterThan(0);
    expect(saturday.every((r) => r.channel === 'face_to_face' && r.site_id === site.id)).toBe(true);
    // Two Saturday mornings at one shop, against thirteen full working days everywhere.
    expect(saturday.length / 2).toBeLessThan(rows.length / 13 / 10);
  });

  it('refuses a database that already holds contacts, unless appending', async () => {
    const dir = councilCopy();
    await generateInto(dir, { ...OPTIONS, customers: 20, contacts: 100 });
    await expect(generateInto(dir, { ...OPTIONS, customers: 20, contacts: 100 })).rejects.toThrow(
      DemoDataError,
    );
    const result = await generateInto(dir, {
      ...OPTIONS,
      customers: 20,
      contacts: 100,
      append: true,
    });
    expect(result.contacts).toBe(100);
    const database = await openDatabase(join(dir, DATABASE_FILE_NAME));
    expect(database.sqlite.prepare('select count(*) from contacts').pluck().get()).toBe(200);
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
    await database.close();
  });

  it('the command refuses a database with contacts and bad option values, writing nothing', async () => {
    const dir = councilCopy();
    await generateInto(dir, { ...OPTIONS, customers: 10, contacts: 50 });
    const refused = demoData(['--data-dir', dir, '--contacts', '10', '--customers', '5']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('already holds 50 contacts');
    const database = await openDatabase(join(dir, DATABASE_FILE_NAME));
    expect(database.sqlite.prepare('select count(*) from customers').pluck().get()).toBe(10);
    await database.close();

    const bad = demoData(['--data-dir', dir, '--customers', 'lots']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('Give a whole number');
    const date = demoData(['--data-dir', dir, '--end', '2026-02-30']);
    expect(date.status).not.toBe(0);
    expect(date.stderr).toContain('YYYY-MM-DD');
  });

  it('the command fills an empty data folder and says what it wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-contact-demo-cli-'));
    folders.push(dir);
    const run = demoData(
      ['--data-dir', dir, '--customers', '30', '--contacts', '300', '--days', '10'].concat([
        '--end',
        '2026-11-20',
      ]),
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('300 contacts, 2026-11-11 to 2026-11-20');
    expect(run.stdout).toMatch(/\d+ exit surveys \(\d+ answered\)/);
    // Ten days of November: no whole month to sample yet.
    expect(run.stdout).toContain(' 0 monthly quality samples');
  });
});
