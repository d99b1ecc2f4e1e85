// Settings read one at a time and several in one read give the same values: those stored, and
// the defaults for any a council never changed.
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../../dialect';
import { applyPragmas, migrateToLatest } from '../../open';
import type { Database } from '../../schema';
import { inTransaction, putSetting, type Actor } from '../../write';
import { getSetting, getSettings, SETTING_DEFAULTS } from './settings';

let db: Kysely<Database>;
const actor: Actor = { staffId: 'staff-1', siteId: 'site-1', at: new Date('2026-11-23T10:00:00Z') };

beforeEach(async () => {
  const sqlite = new SQLite(':memory:');
  applyPragmas(sqlite);
  db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  await migrateToLatest(db);
});
afterEach(() => db.destroy());

describe('getSettings', () => {
  it('reads stored values and defaults in one read, as getSetting reads each', async () => {
    await inTransaction(db, (tx) => putSetting(tx, actor, 'calendar.closureDays', ['2026-12-29']));
    await inTransaction(db, (tx) => putSetting(tx, actor, 'calendar.region', 'scotland'));
    const keys = ['calendar.region', 'calendar.closureDays', 'calendar.extraHolidays'] as const;
    const read = await getSettings(db, keys);
    expect(read).toEqual({
      'calendar.region': 'scotland',
      'calendar.closureDays': ['2026-12-29'],
      'calendar.extraHolidays': SETTING_DEFAULTS['calendar.extraHolidays'],
    });
    for (const key of keys) expect(read[key]).toEqual(await getSetting(db, key));
  });
});
