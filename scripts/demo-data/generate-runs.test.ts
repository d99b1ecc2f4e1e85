// The demo data generator run again and again on real SQLite files: the same data from the
// same seed, a Saturday only where a shop opens, appending, and the command's refusals and
// report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { londonDateOf } from '../../shared/time/london';
import { DATABASE_FILE_NAME, openDatabase } from '../../db/open';
import { DemoDataError, generateDemoData } from './generate';
import { councilCopy, folders, OPTIONS, useCouncilTemplate } from './generate.support';

useCouncilTemplate();

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
