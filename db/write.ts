// Every write is one transaction that also appends to the change log: who, when, which
// entity, before and after. These helpers are the only way the app writes an entity row,
// so no change can reach the database without its log entry.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Insertable, Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { formatHlc, parseHlc, startHlc, tick, type Hlc } from '../shared/sync/hlc';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

/** Who is writing and when; `staffId` is null for the system (first-run seeding). */
export interface Actor {
  staffId: string | null;
  siteId: string | null;
  at: Date;
}

type EntityTable = Exclude<keyof Database, 'change_log'>;
type Row = Record<string, unknown>;

export function newId(): string {
  return uuidv7();
}

/**
 * The client mutation id a call runs under (migration 0022), set by dispatch around the
 * handler. Async-local rather than a parameter, so no handler can write without it: every
 * change-log entry written under it carries the id, and the first transaction that writes
 * records the id in `mutations` in that same transaction, so the write and the proof of it
 * commit or roll back together.
 */
export interface MutationScope {
  id: string;
  method: string;
  staffId: string | null;
  /** Set once a write under the id was made (it may yet have rolled back). */
  recorded: boolean;
}

const mutationScope = new AsyncLocalStorage<MutationScope>();

export function runInMutation<T>(scope: MutationScope, work: () => Promise<T>): Promise<T> {
  return mutationScope.run(scope, work);
}

/** Transactions that have recorded the current mutation id already. */
const recordedIn = new WeakSet<Tx>();

/** Runs `work` in one transaction; a thrown error rolls back the row and its log entry alike. */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

/**
 * The current mutation id, recorded in `mutations` by the first write of each transaction
 * (a handler with two transactions records it in the first to commit; the others find it).
 */
async function mutationOf(tx: Tx, at: Date): Promise<string | null> {
  const scope = mutationScope.getStore();
  if (!scope) return null;
  if (!recordedIn.has(tx)) {
    recordedIn.add(tx);
    await tx
      .insertInto('mutations')
      .values({
        id: scope.id,
        method: scope.method,
        staff_id: scope.staffId,
        at: at.toISOString(),
        result: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
  scope.recorded = true;
  return scope.id;
}

/** Columns whose values never go into the change log (it is shown on records and shipped
 * to the council server): a password hash is kept on its row only. */
export const SECRET_COLUMNS = ['password_hash'] as const;

/**
 * The password hash a staff account pulled from another desk gets here (issue 21): the hash
 * never travels, so this desk cannot check that person's password; verifyPassword never
 * matches it. Only someone given a password on this desk can sign in on it.
 */
export const NOT_CHECKABLE_HERE = '!set-up-on-another-desk';

function withoutSecrets(row: Row | null): Row | null {
  if (row === null || !SECRET_COLUMNS.some((c) => c in row)) return row;
  const copy = { ...row };
  for (const column of SECRET_COLUMNS) if (column in copy) copy[column] = '(not kept in the log)';
  return copy;
}

/** Each transaction's clock, read once from the log and then ticked entry by entry. */
const clockIn = new WeakMap<Tx, Hlc>();

/**
 * The next hybrid-clock value for an entry written at `at` (issue 21). The clock resumes from
 * the largest value in the log, this desk's or one pulled from another desk, so it never goes
 * back and is always after everything this desk has seen. Read inside the write transaction,
 * which holds SQLite's write lock (begin immediate): two processes never give the same value.
 */
async function nextHlc(tx: Tx, at: Date): Promise<string> {
  let clock = clockIn.get(tx);
  if (!clock) {
    const state = await tx
      .selectFrom('sync_state')
      .select('replica_id')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    const newest = await tx
      .selectFrom('change_log')
      .select((eb) => eb.fn.max('hlc').as('hlc'))
      .executeTakeFirst();
    clock = newest?.hlc
      ? { ...parseHlc(newest.hlc), deskId: state.replica_id }
      : startHlc(state.replica_id);
  }
  clock = tick(clock, at.getTime());
  clockIn.set(tx, clock);
  return formatHlc(clock);
}

async function appendLog(
  tx: Tx,
  actor: Actor,
  entity: EntityTable,
  entityId: string,
  action: 'create' | 'update' | 'delete',
  before: Row | null,
  after: Row | null,
  mutationId: string | null = null,
): Promise<void> {
  mutationId ??= await mutationOf(tx, actor.at);
  await tx
    .insertInto('change_log')
    .values({
      id: uuidv7(),
      mutation_id: mutationId,
      at: actor.at.toISOString(),
      staff_id: actor.staffId,
      site_id: actor.siteId,
      entity,
      entity_id: entityId,
      action,
      before: before === null ? null : JSON.stringify(withoutSecrets(before)),
      after: after === null ? null : JSON.stringify(withoutSecrets(after)),
      shipped_at: null,
      hlc: await nextHlc(tx, actor.at),
    })
    .execute();
}

/**
 * Logs a row as it stands now, as its creation under `mutationId`, by no member of staff:
 * the baseline the PC a council was set up on publishes when it joins the council server
 * (electron/sync/baseline.ts), so rows written before joining travel too.
 */
export async function logAsItStands(
  tx: Tx,
  at: Date,
  entity: EntityTable,
  row: Row,
  mutationId: string,
): Promise<void> {
  const id = String(row[keyOf(entity)]);
  const actor = { staffId: null, siteId: null, at };
  await appendLog(tx, actor, entity, id, 'create', null, row, mutationId);
}

/** The column that names a row of an entity table. */
export function keyOf(table: string): 'id' | 'key' {
  return table === 'settings' ? 'key' : 'id';
}

export async function insertLogged<T extends EntityTable>(
  tx: Tx,
  actor: Actor,
  table: T,
  row: Insertable<Database[T]>,
): Promise<void> {
  const values = row as Row;
  // Kysely cannot narrow a generic table name; the row type above is checked per table.
  await tx
    .insertInto(table as 'contacts')
    .values(row as Insertable<Database['contacts']>)
    .execute();
  await appendLog(tx, actor, table, String(values[keyOf(table)]), 'create', null, values);
}

/**
 * A row as it is before a change, and the table and key to change it by. Kysely cannot
 * narrow a generic table name, so the queries are typed as one concrete table; the callers'
 * row and patch types are still checked against the real table.
 */
export async function currentRow(tx: Tx, table: EntityTable, id: string) {
  const anyTable = table as 'contacts';
  const anyKey = keyOf(table) as 'id';
  const current = (await tx
    .selectFrom(anyTable)
    .selectAll()
    .where(anyKey, '=', id)
    .executeTakeFirst()) as Row | undefined;
  return { anyTable, anyKey, current };
}

/**
 * Updates one row by its key and logs only the fields that changed.
 * @returns false when the row does not exist (nothing written).
 */
export async function updateLogged<T extends EntityTable>(
  tx: Tx,
  actor: Actor,
  table: T,
  id: string,
  patch: Partial<Insertable<Database[T]>>,
): Promise<boolean> {
  const { anyTable, anyKey, current } = await currentRow(tx, table, id);
  if (!current) return false;
  const before: Row = {};
  const after: Row = {};
  for (const [field, value] of Object.entries(patch as Row)) {
    if (value === undefined || current[field] === value) continue;
    before[field] = current[field];
    after[field] = value;
  }
  if (Object.keys(after).length === 0) return true;
  await tx.updateTable(anyTable).set(after).where(anyKey, '=', id).execute();
  await appendLog(tx, actor, table, id, 'update', before, after);
  return true;
}

/** Deletes a row, logging everything it held (so the history can say what went). */
export async function deleteLogged(
  tx: Tx,
  actor: Actor,
  table: EntityTable,
  id: string,
): Promise<boolean> {
  const { anyTable, anyKey, current } = await currentRow(tx, table, id);
  if (!current) return false;
  await tx.deleteFrom(anyTable).where(anyKey, '=', id).execute();
  await appendLog(tx, actor, table, id, 'delete', current, null);
  return true;
}

/** Inserts or replaces a settings value, logged like any other write. */
export async function putSetting(tx: Tx, actor: Actor, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  const existing = await tx
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!existing) {
    await insertLogged(tx, actor, 'settings', { key, value: json });
  } else if (existing.value !== json) {
    await updateLogged(tx, actor, 'settings', key, { value: json });
  }
}
