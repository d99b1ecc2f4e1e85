// The repeat-contact flag worked out for every contact at once (the rule of the triggers in
// migrations 0007 and 0021, voided contacts on neither side: db/engine/sqlite.ts
// `repeatedContact`): for bulk loads, which drop those triggers while they insert millions of
// rows, since the triggers' per-row search would otherwise run against unindexed tables.
import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
// SQLite's own expressions, not engineOf: a bulk load holds a desk's raw better-sqlite3
// handle, never a Kysely one that could be PostgreSQL (the council server decides repeats
// itself, issue 23).
import { repeatedContact, sqliteStatement } from '../../engine/sqlite';

export const REPEAT_TRIGGERS_LIKE = 'contacts_repeat_%';

export function markRepeatedContacts(sqlite: BetterSqlite3.Database): void {
  const update = sqliteStatement(
    sql`update contacts set repeated = ${repeatedContact('contacts')}`,
  );
  sqlite.prepare(update.sql).run(...update.parameters);
}
