// 0010 adds exit surveys, the quality checklist (seeded with the default five points),
// samples and scores. A survey must be a whole answer or a survey sent and awaited; the
// step can be undone.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppSqliteDialect } from '../dialect';
import { applyPragmas } from '../open';
import { MIGRATIONS, StaticMigrationProvider } from './index';

const survey = (values: string) =>
  `insert into satisfaction_surveys (id, contact_id, method, sent_via, sent_at, responded_at,
     rating, could_have_done_more, recorded_by, recorded_at, updated_at) values ${values}`;

describe('0010_satisfaction_and_quality (from 0009)', () => {
  it('keeps surveys whole, seeds the checklist, and migrates down again', async () => {
    const sqlite = new SQLite(':memory:');
    applyPragmas(sqlite);
    sqlite.pragma('foreign_keys = OFF');
    const db = new Kysely<unknown>({ dialect: new AppSqliteDialect(sqlite) });
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(MIGRATIONS) });
    expect((await migrator.migrateTo('0009_call_imports')).error).toBeUndefined();
    expect((await migrator.migrateTo('0010_satisfaction_and_quality')).error).toBeUndefined();

    const at = "'2026-11-23T10:00:00.000Z'";
    // Asked on the spot and answered; sent and still awaited.
    sqlite
      .prepare(survey(`('s1', 'c1', 'asked', null, null, ${at}, 5, 'no', 'st', ${at}, ${at})`))
      .run();
    sqlite
      .prepare(survey(`('s2', 'c2', 'sent', 'email', ${at}, null, null, null, 'st', ${at}, ${at})`))
      .run();
    // Refused: a rating without the "done more" answer, a sent survey with no means,
    // an asked survey with no answer, a rating of 6, and a second survey of one contact.
    const refused = [
      `('s3', 'c3', 'asked', null, null, ${at}, 4, null, 'st', ${at}, ${at})`,
      `('s4', 'c4', 'sent', null, ${at}, null, null, null, 'st', ${at}, ${at})`,
      `('s5', 'c5', 'asked', null, null, null, null, null, 'st', ${at}, ${at})`,
      `('s6', 'c6', 'asked', null, null, ${at}, 6, 'no', 'st', ${at}, ${at})`,
      `('s7', 'c1', 'asked', null, null, ${at}, 3, 'yes', 'st', ${at}, ${at})`,
    ];
    for (const values of refused) expect(() => sqlite.prepare(survey(values)).run()).toThrow();
    expect(sqlite.prepare('select count(*) from satisfaction_surveys').pluck().get()).toBe(2);

    expect(
      sqlite.prepare('select text from quality_checklist_items order by sort_order').pluck().all(),
    ).toEqual([
      'Greeted the customer and gave their name',
      'Checked identity to the right level for the transaction',
      'Resolved the enquiry, or explained the next steps and timescales',
      'Recorded the contact accurately',
      'Offered further services',
    ]);

    expect((await migrator.migrateTo('0009_call_imports')).error).toBeUndefined();
    expect(
      sqlite
        .prepare(
          "select name from sqlite_master where type = 'table' and (name like 'quality%' or name like 'satisfaction%')",
        )
        .all(),
    ).toEqual([]);
    await db.destroy();
  });
});
