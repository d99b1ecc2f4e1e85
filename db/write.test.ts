import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { AppSqliteDialect } from './dialect';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPragmas, migrateToLatest } from './open';
import type { Database } from './schema';
import { inTransaction, insertLogged, newId, putSetting, updateLogged, type Actor } from './write';

let sqlite: SQLite.Database;
let db: Kysely<Database>;
const actor: Actor = { staffId: 'staff-1', siteId: 'site-1', at: new Date('2026-11-23T10:00:00Z') };

beforeEach(async () => {
  sqlite = new SQLite(':memory:');
  applyPragmas(sqlite);
  db = new Kysely<Database>({ dialect: new AppSqliteDialect(sqlite) });
  await migrateToLatest(db);
});
afterEach(async () => {
  await db.destroy();
});

const logRows = () =>
  sqlite
    .prepare(
      'select entity, entity_id, action, before, after, staff_id, site_id, at from change_log order by id',
    )
    .all();

describe('the change log', () => {
  it('records who, when, which entity and the row created', async () => {
    const id = newId();
    await inTransaction(db, (tx) =>
      insertLogged(tx, actor, 'departments', {
        id,
        name: 'Revenues',
        contact_name: null,
        contact_email: null,
        escalation_contact: 'Head of Revenues',
      }),
    );
    expect(logRows()).toEqual([
      {
        entity: 'departments',
        entity_id: id,
        action: 'create',
        before: null,
        after: JSON.stringify({
          id,
          name: 'Revenues',
          contact_name: null,
          contact_email: null,
          escalation_contact: 'Head of Revenues',
        }),
        staff_id: 'staff-1',
        site_id: 'site-1',
        at: '2026-11-23T10:00:00.000Z',
      },
    ]);
  });

  it('records only the fields an update changed, before and after', async () => {
    const id = newId();
    await inTransaction(db, (tx) =>
      insertLogged(tx, actor, 'departments', {
        id,
        name: 'Revenues',
        contact_name: 'Jo',
        contact_email: null,
        escalation_contact: null,
      }),
    );
    await inTransaction(db, (tx) =>
      updateLogged(tx, actor, 'departments', id, { name: 'Revenues', contact_name: 'Sam' }),
    );
    const update = logRows()[1] as { before: string; after: string; action: string };
    expect(update.action).toBe('update');
    expect(JSON.parse(update.before)).toEqual({ contact_name: 'Jo' });
    expect(JSON.parse(update.after)).toEqual({ contact_name: 'Sam' });
  });

  it('is never written without its change, nor the change without it', async () => {
    const id = newId();
    await expect(
      inTransaction(db, async (tx) => {
        await insertLogged(tx, actor, 'departments', {
          id,
          name: 'Revenues',
          contact_name: null,
          contact_email: null,
          escalation_contact: null,
        });
        await insertLogged(tx, actor, 'departments', {
          id: newId(),
          name: 'Revenues',
          contact_name: null,
          contact_email: null,
          escalation_contact: null,
        }); // duplicate name
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(sqlite.prepare('select count(*) as n from departments').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('select count(*) as n from change_log').get()).toEqual({ n: 0 });
  });

  it('logs a setting only when its value changes', async () => {
    await inTransaction(db, (tx) => putSetting(tx, actor, 'security.lockAfterMinutes', 5));
    await inTransaction(db, (tx) => putSetting(tx, actor, 'security.lockAfterMinutes', 5));
    await inTransaction(db, (tx) => putSetting(tx, actor, 'security.lockAfterMinutes', 10));
    expect(logRows().map((r) => (r as { action: string }).action)).toEqual(['create', 'update']);
  });

  it('gives time-ordered UUIDv7 ids, so the sync outbox ships in order', () => {
    const ids = Array.from({ length: 50 }, () => newId());
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});
