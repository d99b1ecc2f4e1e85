// This desk's sync state (migration 0024): its identity with the council server, how far it
// has pulled, whether the server last answered, and what waits in the outbox. Plain updates,
// not db/write.ts's logged ones: this is the sync machinery's own bookkeeping, never shipped.
import type { ReadableDB, WritableDB } from '../../handles';
import { SYNCED_ENTITIES } from './synced-tables';

export interface DeskIdentity {
  serverUrl: string;
  deskId: string;
  deskName: string;
  siteId: string;
  /** The short code its references carry (e.g. TH). */
  siteCode: string;
  /** Its place among the site's desks: the letter on its tickets. */
  issuingPoint: number;
  /** As stored: sealed bytes in base64 when `sealed`, else the secret itself. */
  secret: string;
  sealed: boolean;
  enrolledAt: string;
}

export interface SyncState {
  /** Names this database in its clocks; the server's desk id once enrolled. */
  replicaId: string;
  identity: DeskIdentity | null;
  /** The council version pulled up to. */
  cursor: bigint;
  lastContactAt: string | null;
  offlineSince: string | null;
}

export async function readSyncState(db: ReadableDB): Promise<SyncState> {
  const row = await db
    .selectFrom('sync_state')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const identity =
    row.server_url && row.desk_id && row.secret
      ? {
          serverUrl: row.server_url,
          deskId: row.desk_id,
          deskName: row.desk_name ?? '',
          siteId: row.site_id ?? '',
          siteCode: row.site_code ?? row.site_id ?? '',
          issuingPoint: row.issuing_point ?? 1,
          secret: row.secret,
          sealed: row.sealed === 1,
          enrolledAt: row.enrolled_at ?? '',
        }
      : null;
  return {
    replicaId: row.replica_id,
    identity,
    cursor: BigInt(row.cursor),
    lastContactAt: row.last_contact_at,
    offlineSince: row.offline_since,
  };
}

/**
 * How a joined desk numbers its records (issue 21, "numbers never collide"): its site's code
 * for references and its issuing point for tickets; null on a single desk, which numbers as
 * before. Read inside the writing transaction, by references and tickets alike.
 */
export async function deskNumbering(
  db: ReadableDB,
): Promise<{ siteCode: string; issuingPoint: number } | null> {
  const row = await db
    .selectFrom('sync_state')
    .select(['site_id', 'site_code', 'issuing_point'])
    .where('id', '=', 1)
    .where('desk_id', 'is not', null)
    .executeTakeFirst();
  const siteCode = row?.site_code ?? row?.site_id;
  return siteCode ? { siteCode, issuingPoint: row?.issuing_point ?? 1 } : null;
}

/**
 * Keeps the identity the server gave. The clock's name becomes the server's desk id, unique
 * in the council, so two PCs copied from one disk image can never give the same clock value.
 */
export async function saveIdentity(tx: WritableDB, identity: DeskIdentity): Promise<void> {
  await tx
    .updateTable('sync_state')
    .set({
      replica_id: identity.deskId,
      server_url: identity.serverUrl,
      desk_id: identity.deskId,
      desk_name: identity.deskName,
      site_id: identity.siteId,
      site_code: identity.siteCode,
      issuing_point: identity.issuingPoint,
      secret: identity.secret,
      sealed: identity.sealed ? 1 : 0,
      enrolled_at: identity.enrolledAt,
      cursor: '0',
      last_contact_at: identity.enrolledAt,
      offline_since: null,
    })
    .where('id', '=', 1)
    .execute();
}

export async function saveCursor(tx: WritableDB, cursor: string): Promise<void> {
  await tx.updateTable('sync_state').set({ cursor }).where('id', '=', 1).execute();
}

/** The server answered (`reached`) or did not, at `at`: an outage starts at its first miss. */
export async function noteContact(tx: WritableDB, reached: boolean, at: string): Promise<void> {
  if (reached) {
    await tx
      .updateTable('sync_state')
      .set({ last_contact_at: at, offline_since: null })
      .where('id', '=', 1)
      .execute();
  } else {
    await tx
      .updateTable('sync_state')
      .set({ offline_since: at })
      .where('id', '=', 1)
      .where('offline_since', 'is', null)
      .execute();
  }
}

/** Saves made here that the server has not yet taken (the outbox), each counted once
 * however many records it wrote: what an adviser knows as "a change". */
export async function waitingCount(db: ReadableDB): Promise<number> {
  const row = await db
    .selectFrom('change_log')
    .select((eb) => eb.fn.count<number>('mutation_id').distinct().as('n'))
    .where('shipped_at', 'is', null)
    .where('mutation_id', 'is not', null)
    .where('entity', 'in', [...SYNCED_ENTITIES])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
