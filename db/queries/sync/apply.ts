// Applying another desk's change here (issue 21's pull). The change joins this desk's change
// log (already shipped, so never back in the outbox), and the row is then worked out again
// from its whole history by the conflict rules (shared/sync/replay.ts): last writer per field
// by clock, tombstones, states that only move forward, a merge that beats later edits. Since
// every desk replays the same entries by the same rules, the order changes arrive in does not
// matter: all desks end with the same row.
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { formatHlc, parseHlc } from '../../../shared/sync/hlc';
import { replay, type HistoryEntry, type Overtaken } from '../../../shared/sync/replay';
import { NO_STAFF, type PulledChange } from '../../../shared/sync/wire';
import type { ReadableDB, WritableDB } from '../../handles';
import { currentRow, keyOf, NOT_CHECKABLE_HERE, SECRET_COLUMNS } from '../../write';
import { keepErasures } from './erased';
import { describesOneLetGo, holdsRecord } from './not-held';

/** Tables that never take another desk's changes: the sync machinery and each desk's own. */
const NOT_SYNCED = new Set([
  'change_log',
  'mutations',
  'drafts',
  'sign_in_failures',
  'sync_state',
  'sync_problems',
  'number_blocks',
  'kysely_migration',
  'kysely_migration_lock',
]);

const columnsOf = new Map<string, ReadonlySet<string>>();

/** The table's columns on this desk (none: no such table here). Read once per process. */
async function tableColumns(db: ReadableDB, table: string): Promise<ReadonlySet<string>> {
  let columns = columnsOf.get(table);
  if (!columns) {
    const rows = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(
      db,
    );
    columns = new Set(rows.rows.map((r) => r.name));
    if (columns.size > 0) columnsOf.set(table, columns);
  }
  return columns;
}

export type ApplyResult =
  | { status: 'applied'; overtaken: Overtaken[] }
  | { status: 'own' | 'already here' }
  /** To a record this desk let go of when it trimmed to its offline profile (./trim.ts): the
   * server holds it and its history, so the change passes without a trace here. */
  | { status: 'not held' }
  | { status: 'not applied'; reason: string };

/** An entry written before the log kept clocks sorts by its write time, before any clock of that millisecond. */
function clockOf(hlc: string | null, at: string): string {
  return hlc ?? formatHlc({ wallMs: Date.parse(at), counter: 0, deskId: '0' });
}

async function historyOf(tx: WritableDB, entity: string, id: string): Promise<HistoryEntry[]> {
  const rows = await tx
    .selectFrom('change_log')
    .select(['hlc', 'at', 'action', 'after', 'from_desk', 'mutation_id', 'id'])
    .where('entity', '=', entity)
    .where('entity_id', '=', id)
    .execute();
  return rows.map((r) => ({
    hlc: clockOf(r.hlc, r.at),
    action: r.action,
    after: r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>),
    fromThisDesk: r.from_desk === null,
    mutationId: r.mutation_id ?? r.id,
  }));
}

const same = (a: unknown, b: unknown) => a === b || (a == null && b == null);

/**
 * Writes the row its history now gives: removed, created or brought up to date. `current` is
 * the row as it stands (read once by the caller: adding to the log does not change it).
 */
async function settleRow(
  tx: WritableDB,
  entity: string,
  id: string,
  current: Record<string, unknown> | undefined,
): Promise<Overtaken[]> {
  const columns = await tableColumns(tx, entity);
  const key = keyOf(entity);
  const result = replay(entity, await historyOf(tx, entity, id), {
    neverReplayed: SECRET_COLUMNS,
  });
  const table = entity as 'contacts';
  const fields = Object.fromEntries(
    Object.entries(result.fields).filter(([f]) => columns.has(f) && f !== key),
  );
  if (result.deleted) {
    if (current)
      await tx
        .deleteFrom(table)
        .where(key as 'id', '=', id)
        .execute();
  } else if (!current) {
    if (!result.created) throw new Error('an edit to a record this desk does not hold');
    // A secret never travels (a staff account's password hash): the row gets a placeholder
    // no password matches, so the person signs in here only once given a password here.
    const secrets = Object.fromEntries(
      SECRET_COLUMNS.filter((c) => columns.has(c)).map((c) => [c, NOT_CHECKABLE_HERE]),
    );
    await tx
      .insertInto(table)
      .values({ ...fields, ...secrets, [key]: id } as never)
      .execute();
  } else {
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([f, v]) => !same(current[f], v)),
    );
    if (Object.keys(changed).length > 0) {
      await tx
        .updateTable(table)
        .set(changed as never)
        .where(key as 'id', '=', id)
        .execute();
    }
  }
  return result.overtaken;
}

/**
 * Takes back a change of this desk's the council server refused at the moment it was made
 * (issue 21: what the server owns is decided there): its log entries go, as if never made,
 * and each row it touched is as the rest of its history gives it, or, where this desk holds
 * no creation of the row, as the entries found it. Nothing here is logged: the server never
 * took the change, so there is nothing for any desk to undo. Returns the records touched.
 */
export async function withdrawOwnChange(
  tx: WritableDB,
  mutationId: string,
): Promise<{ entity: string; entityId: string }[]> {
  const entries = await tx
    .selectFrom('change_log')
    .select(['id', 'entity', 'entity_id', 'action', 'before'])
    .where('mutation_id', '=', mutationId)
    .where('from_desk', 'is', null)
    .where('shipped_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
  if (entries.length === 0) return [];
  await tx
    .deleteFrom('change_log')
    .where(
      'id',
      'in',
      entries.map((e) => e.id),
    )
    .execute();
  const settled = new Set<string>();
  for (const entry of entries) {
    const table = entry.entity as 'contacts';
    const key = keyOf(entry.entity) as 'id';
    const rowKey = `${entry.entity}\u0000${entry.entity_id}`;
    if (settled.has(rowKey)) continue;
    const { current } = await currentRow(tx, table, entry.entity_id);
    const history = await historyOf(tx, entry.entity, entry.entity_id);
    if (history.some((h) => h.action === 'create')) {
      settled.add(rowKey);
      await settleRow(tx, entry.entity, entry.entity_id, current);
    } else if (entry.action === 'create') {
      await tx.deleteFrom(table).where(key, '=', entry.entity_id).execute();
    } else if (entry.action === 'delete' && entry.before !== null && !current) {
      await tx
        .insertInto(table)
        .values({ ...(JSON.parse(entry.before) as object), [key]: entry.entity_id } as never)
        .execute();
    } else if (entry.before !== null && current) {
      // Entries are taken newest first, so the oldest one's "before" is the last written.
      await tx
        .updateTable(table)
        .set(JSON.parse(entry.before) as never)
        .where(key, '=', entry.entity_id)
        .execute();
    }
  }
  return entries.map((e) => ({ entity: e.entity, entityId: e.entity_id }));
}

/**
 * Applies one pulled change inside the caller's transaction. A change this desk cannot apply
 * (a table it does not have, a record it does not hold, a rule of its database) is undone to
 * a savepoint and answered with the reason: the rest of the page still applies.
 */
export async function applyPulledChange(
  tx: WritableDB,
  change: PulledChange,
  ownDeskId: string,
  pulledAt: string,
): Promise<ApplyResult> {
  if (change.deskId === ownDeskId) return { status: 'own' };
  const here = await tx
    .selectFrom('change_log')
    .select('id')
    .where('entity', '=', change.entity)
    .where('entity_id', '=', change.entityId)
    .where('hlc', '=', change.hlc)
    .executeTakeFirst();
  if (here) return { status: 'already here' };
  if (NOT_SYNCED.has(change.entity) || (await tableColumns(tx, change.entity)).size === 0) {
    return { status: 'not applied', reason: `This desk keeps no "${change.entity}" records.` };
  }

  if (
    change.op === 'create'
      ? await describesOneLetGo(tx, change.entity, change.data)
      : !(await holdsRecord(tx, change.entity, change.entityId))
  ) {
    return { status: 'not held' };
  }

  const data = (change.op === 'delete' ? null : change.data) as Record<string, unknown> | null;
  await sql`savepoint pulled_change`.execute(tx);
  try {
    const { current } = await currentRow(tx, change.entity as 'contacts', change.entityId);
    const before = current
      ? Object.fromEntries(Object.keys(data ?? current).map((f) => [f, current[f] ?? null]))
      : null;
    await tx
      .insertInto('change_log')
      .values({
        id: uuidv7(),
        mutation_id: change.mutationId,
        at: new Date(parseHlc(change.hlc).wallMs).toISOString(),
        staff_id: change.staffId === NO_STAFF ? null : change.staffId,
        site_id: null,
        entity: change.entity,
        entity_id: change.entityId,
        action: change.op,
        before: before === null ? null : JSON.stringify(before),
        after: data === null ? null : JSON.stringify(data),
        shipped_at: pulledAt,
        hlc: change.hlc,
        from_desk: change.deskId,
        pulled_version: change.version,
      })
      .execute();
    const overtaken = await settleRow(tx, change.entity, change.entityId, current);
    await keepErasures(tx, change.entity, change.entityId, Boolean(current?.anonymised_at));
    await sql`release pulled_change`.execute(tx);
    return { status: 'applied', overtaken };
  } catch (error) {
    await sql`rollback to pulled_change`.execute(tx);
    await sql`release pulled_change`.execute(tx);
    return { status: 'not applied', reason: wordsFor(error as Error) };
  }
}

/** The database's refusal in words a sync problems list can show. */
function wordsFor(error: Error): string {
  const message = error.message;
  if (/FOREIGN KEY/i.test(message)) {
    return 'It refers to a record this desk does not hold yet (it may arrive with a later change).';
  }
  if (/UNIQUE/i.test(message)) {
    return `It clashes with a record already on this desk (${message.replace(/^.*UNIQUE constraint failed: /i, 'same ')}).`;
  }
  if (/NOT NULL|CHECK/i.test(message)) {
    return `This desk's database refused it: ${message}.`;
  }
  return `It could not be applied here: ${message}.`;
}
