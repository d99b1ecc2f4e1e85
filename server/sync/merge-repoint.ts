// A merge of two customers beats later edits to the merged record (issue 21), and the records
// linked to it follow the survivor. The merging desk moves the linked rows it holds
// (db/queries/customers/customer-writes.ts, moveLinkedRecords), but a contact, visit or letter
// recorded for the merged customer on a desk that was offline, or pushed before the merging
// desk pulled it, would stay on the merged record on every desk, and the survivor's single
// view would miss it. So the server, which sees every change, re-points such rows itself: in
// the push transaction that brings either the late row or the merge, it appends an update of
// the row's customer_id to the survivor, which every desk pulls and applies like any other.
//
// The rule is deliberately simple: after a merge, any row pointing at the merged customer is
// re-pointed, however late its change. A merge is final (the conflict rules never let a
// merged record be unmerged or edited), so a row recorded for that customer at any time is a
// record of the person whose single view is now the survivor's.
import { sql, type Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { CUSTOMER_LINKED_TABLES } from '../../db/queries/customers/duplicates';
import type { ServerDatabase } from '../db/schema';
import { compareHlc, formatHlc, parseHlc, tick, type Hlc } from '../../shared/sync/hlc';
import { NO_STAFF } from '../../shared/sync/wire';
import type { PushChange } from './push-schema';

/**
 * The server's own desk id: on its changes, their mutations and in their clocks. A desk
 * applies a change from any desk but its own, so this one reaches them all. Its row in
 * `desks` is retired from the start and has a hash no secret gives, so nobody signs in as it.
 */
export const SERVER_DESK_ID = '00000000-0000-7000-8000-000000000000';

/** The desk's tables whose rows belong to a customer (the ones a merge moves). */
export const LINKED_TABLES: ReadonlySet<string> = new Set(CUSTOMER_LINKED_TABLES);

type Tx = Transaction<ServerDatabase>;
type Link = { entity: string; entity_id: string; customer_id: string | null; hlc: string };

const key = (entity: string, id: string) => `${entity}\u0000${id}`;

/** The latest of several changes to one row, by clock (an upsert may touch a row only once). */
function latestPerKey<T extends { hlc: string }>(rows: T[], keyOf: (row: T) => string): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const held = latest.get(keyOf(row));
    if (!held || held.hlc < row.hlc) latest.set(keyOf(row), row);
  }
  return [...latest.values()];
}

/** Notes which customers this batch merged and where each linked row it wrote points now. */
async function noteBatch(tx: Tx, written: readonly PushChange[]): Promise<string[]> {
  const merges = latestPerKey(
    written.flatMap((c) => {
      const into = c.entity === 'customers' ? c.data?.merged_into : undefined;
      // A null merged_into is not noted: the conflict rules never let a merge be undone.
      return typeof into === 'string'
        ? [{ customer_id: c.entityId, merged_into: into, hlc: c.hlc }]
        : [];
    }),
    (m) => m.customer_id,
  );
  if (merges.length > 0) {
    await tx
      .insertInto('customer_merges')
      .values(merges)
      .onConflict((oc) =>
        oc
          .column('customer_id')
          .doUpdateSet((eb) => ({
            merged_into: eb.ref('excluded.merged_into'),
            hlc: eb.ref('excluded.hlc'),
          }))
          .where('customer_merges.hlc', '<', (eb) => eb.ref('excluded.hlc')),
      )
      .execute();
  }

  const linked = written.filter((c) => LINKED_TABLES.has(c.entity));
  // A delete is final: the row is gone, so nothing is re-pointed for it any more.
  for (const gone of linked.filter((c) => c.op === 'delete')) {
    await tx
      .deleteFrom('customer_links')
      .where('entity', '=', gone.entity)
      .where('entity_id', '=', gone.entityId)
      .execute();
  }
  const links = latestPerKey(
    linked.flatMap((c): Link[] => {
      if (c.op === 'delete' || !c.data || !Object.hasOwn(c.data, 'customer_id')) return [];
      const to = c.data.customer_id;
      const customer = typeof to === 'string' ? to : null;
      return [{ entity: c.entity, entity_id: c.entityId, customer_id: customer, hlc: c.hlc }];
    }),
    (l) => key(l.entity, l.entity_id),
  );
  if (links.length > 0) {
    await tx
      .insertInto('customer_links')
      .values(links)
      .onConflict((oc) =>
        oc
          .columns(['entity', 'entity_id'])
          .doUpdateSet((eb) => ({
            customer_id: eb.ref('excluded.customer_id'),
            hlc: eb.ref('excluded.hlc'),
          }))
          .where('customer_links.hlc', '<', (eb) => eb.ref('excluded.hlc')),
      )
      .execute();
  }
  return merges.map((m) => m.customer_id);
}

/**
 * The customers merged in this batch and every customer merged into one of them before (M, when
 * the batch merges K into J and M went into K): a row left on any of them now has a new survivor.
 * `union` rather than `union all`, so merges that go round in a ring still end.
 */
async function mergedOrUpstream(tx: Tx, merged: string[]): Promise<string[]> {
  if (merged.length === 0) return [];
  const rows = await sql<{ id: string }>`
    with recursive upstream(id) as (
      select customer_id from customer_merges where customer_id in (${sql.join(merged)})
      union
      select m.customer_id from customer_merges m join upstream u on m.merged_into = u.id)
    select id from upstream`.execute(tx);
  return rows.rows.map((r) => r.id);
}

/** Rows that point at a merged customer and that this batch wrote or whose customer it merged. */
async function stranded(tx: Tx, written: readonly PushChange[], merged: string[]): Promise<Link[]> {
  const linked = written.filter((c) => LINKED_TABLES.has(c.entity));
  const touched = new Set(linked.map((c) => key(c.entity, c.entityId)));
  const ids = [...new Set(linked.map((c) => c.entityId))];
  const customers = new Set(await mergedOrUpstream(tx, merged));
  if (ids.length === 0 && customers.size === 0) return [];
  const rows = await tx
    .selectFrom('customer_links as l')
    .innerJoin('customer_merges as m', 'm.customer_id', 'l.customer_id')
    .select(['l.entity', 'l.entity_id', 'l.customer_id', 'l.hlc'])
    .where((eb) =>
      eb.or([
        ...(ids.length > 0 ? [eb('l.entity_id', 'in', ids)] : []),
        ...(customers.size > 0 ? [eb('l.customer_id', 'in', [...customers])] : []),
      ]),
    )
    .execute();
  return rows.filter(
    (r) => customers.has(r.customer_id!) || touched.has(key(r.entity, r.entity_id)),
  );
}

interface Survivor {
  id: string;
  /** The clocks of the merges on the way, M into K, K into J: the re-point comes after them all. */
  hlcs: string[];
}

/** Where a merged customer ended: follows M into K into J. None when the merges go round in a ring. */
async function survivorOf(tx: Tx, customerId: string): Promise<Survivor | null> {
  const seen = new Set([customerId]);
  const hlcs: string[] = [];
  let id = customerId;
  for (;;) {
    const merge = await tx
      .selectFrom('customer_merges')
      .select(['merged_into', 'hlc'])
      .where('customer_id', '=', id)
      .executeTakeFirst();
    if (!merge) return { id, hlcs };
    // Two desks merging each record into the other leaves no survivor: the rows stay put.
    if (seen.has(merge.merged_into)) return null;
    seen.add(merge.merged_into);
    hlcs.push(merge.hlc);
    id = merge.merged_into;
  }
}

/** A clock text as a value; one a desk did not write with formatHlc counts as the server's now. */
function clockOf(text: string): Hlc {
  try {
    return parseHlc(text);
  } catch {
    return { wallMs: Date.now(), counter: 0, deskId: SERVER_DESK_ID };
  }
}

/** Just after the latest of `texts`, on the server's clock: later than every change it follows. */
function justAfter(texts: string[]): string {
  const latest = texts.map(clockOf).reduce((a, b) => (compareHlc(a, b) >= 0 ? a : b));
  return formatHlc(tick({ ...latest, deskId: SERVER_DESK_ID }, latest.wallMs));
}

async function ensureServerDesk(tx: Tx): Promise<void> {
  await tx
    .insertInto('desks')
    .values({
      id: SERVER_DESK_ID,
      site_id: '(council server)',
      name: 'Council server: re-points records of merged customers',
      // Not a hex SHA-256, so no secret's hash ever matches it (desk-auth.ts).
      secret_hash: 'none',
      retired_at: new Date(),
      issuing_point: 0,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/**
 * Keeps the merge tables up to date for the changes this push wrote, then re-points every row
 * now pointing at a merged customer to its survivor: one change each, numbered from `next`
 * (the batch's own allocation). Returns the next version free.
 */
export async function repointMergedRecords(
  tx: Tx,
  written: readonly PushChange[],
  next: bigint,
): Promise<bigint> {
  if (written.length === 0) return next;
  const merged = await noteBatch(tx, written);
  const rows = await stranded(tx, written, merged);
  let version = next;
  for (const row of rows) {
    const survivor = await survivorOf(tx, row.customer_id!);
    if (!survivor || survivor.id === row.customer_id) continue;
    if (version === next) await ensureServerDesk(tx);
    const hlc = justAfter([row.hlc, ...survivor.hlcs]);
    const mutationId = uuidv7();
    await tx.insertInto('mutations').values({ id: mutationId, desk_id: SERVER_DESK_ID }).execute();
    await tx
      .insertInto('changes')
      .values({
        version: (version++).toString(),
        mutation_id: mutationId,
        desk_id: SERVER_DESK_ID,
        // A desk keeps no member of staff for it (db/queries/sync/apply.ts): nobody made it.
        staff_id: NO_STAFF,
        hlc,
        entity: row.entity,
        entity_id: row.entity_id,
        op: 'update',
        data: JSON.stringify({ customer_id: survivor.id }),
      })
      .execute();
    await tx
      .updateTable('customer_links')
      .set({ customer_id: survivor.id, hlc })
      .where('entity', '=', row.entity)
      .where('entity_id', '=', row.entity_id)
      .execute();
  }
  return version;
}
