// 0028: while trim_guard holds its row (only inside a trim's transaction), deleting a contact
// leaves the tallies and the repeat flags as they were; any other delete moves them as before;
// migrating down gives back the triggers as 0021 left them.
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../test/support/backend';
import { statsFixture } from '../../test/support/stats-fixture';
import { MIGRATIONS, StaticMigrationProvider } from './index';

let backend: TestBackend;
afterEach(() => backend?.close());

const NAME = '0028_offline_profile_trim';
const BEFORE = Object.keys(MIGRATIONS)[Object.keys(MIGRATIONS).indexOf(NAME) - 1]!;

describe(NAME, () => {
  it('lets a trim delete contacts without moving tallies or repeat flags, and migrates down', async () => {
    backend = await createTestBackend();
    const { sqlite, db } = backend.opened.database!;
    const f = statsFixture(backend);
    const ann = f.customer('Ann Example');
    const first = f.contact({ at: '2026-11-02T09:00:00Z', customerId: ann });
    const second = f.contact({ at: '2026-11-03T09:00:00Z', customerId: ann });
    const third = f.contact({ at: '2026-11-05T09:00:00Z', customerId: ann });
    const tallies = () =>
      sqlite.prepare('select * from contact_site_tallies order by 1, 2, 3, 4').all();
    const repeated = (id: string) =>
      sqlite.prepare('select repeated from contacts where id = ?').pluck().get(id);
    expect(repeated(second)).toBe(1); // followed by the third within 7 days
    const before = tallies();

    sqlite.transaction(() => {
      sqlite.exec('insert into trim_guard (id) values (1)');
      sqlite.prepare('delete from contacts where id = ?').run(third);
      sqlite.exec('delete from trim_guard');
    })();
    expect(tallies()).toEqual(before);
    expect(repeated(second)).toBe(1);
    expect(() => sqlite.exec('insert into trim_guard (id) values (2)')).toThrow(/CHECK/);

    // Without the guard a delete is a withdrawal: the counts and the flag before it move.
    sqlite.prepare('delete from contacts where id = ?').run(second);
    expect(tallies()).not.toEqual(before);
    expect(repeated(first)).toBe(0);

    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    const triggers = sqlite
      .prepare(
        "select sql from sqlite_master where type = 'trigger' and name like 'contacts_%_delete'",
      )
      .pluck()
      .all() as string[];
    expect(triggers).toHaveLength(2);
    for (const text of triggers) expect(text).not.toMatch(/trim_guard/);
    expect(
      sqlite.prepare("select count(*) from sqlite_master where name = 'trim_guard'").pluck().get(),
    ).toBe(0);
    expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
  });
});
