// Waiting-area display keys (migration 0026, issue 22): an administrator makes one for a site
// and the screen there shows that site's board with it, without anyone signing in. The key
// is a long random secret shown once; only its SHA-256 hash is kept, so a copy of the
// database cannot show a board. (A fast hash is enough: the key is 256 random bits, not a
// password a person chose, so there is nothing to guess.)
import { createHash, randomBytes } from 'node:crypto';
import type { ReadableDB } from '../../handles';
import type { DisplayKeyView } from '../../../shared/api/display';
import { insertLogged, newId, updateLogged, type Actor, type Db, type Tx } from '../../write';

/** A key as the settings screen lists it: never the key itself. */
export type DisplayKeyRow = DisplayKeyView;

/** The key a display's address carries: 32 random bytes, URL-safe. */
function newKey(): string {
  return randomBytes(32).toString('base64url');
}

export function hashDisplayKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Makes a key for a site; the key itself is returned once and never stored. */
export async function makeDisplayKey(
  tx: Tx,
  actor: Actor & { staffId: string },
  siteId: string,
  label: string,
): Promise<{ id: string; key: string }> {
  const key = newKey();
  const id = newId();
  await insertLogged(tx, actor, 'display_keys', {
    id,
    site_id: siteId,
    label,
    key_hash: hashDisplayKey(key),
    created_by: actor.staffId,
    created_at: actor.at.toISOString(),
    last_used_at: null,
    withdrawn_at: null,
    withdrawn_by: null,
  });
  return { id, key };
}

export async function listDisplayKeys(db: ReadableDB): Promise<DisplayKeyRow[]> {
  const rows = await db
    .selectFrom('display_keys as k')
    .innerJoin('sites as s', 's.id', 'k.site_id')
    .innerJoin('staff as st', 'st.id', 'k.created_by')
    .select([
      'k.id',
      'k.site_id as siteId',
      's.name as siteName',
      'k.label',
      'k.created_at as createdAt',
      'st.display_name as createdByName',
      'k.last_used_at as lastUsedAt',
      'k.withdrawn_at as withdrawnAt',
    ])
    .orderBy('k.created_at', 'desc')
    .execute();
  return rows;
}

export function findDisplayKey(db: ReadableDB, id: string) {
  return db.selectFrom('display_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The key a screen presented, if it was ever made here (withdrawn or not). */
export function findDisplayKeyByKey(db: ReadableDB, key: string) {
  return db
    .selectFrom('display_keys')
    .select(['id', 'site_id', 'withdrawn_at', 'last_used_at'])
    .where('key_hash', '=', hashDisplayKey(key))
    .executeTakeFirst();
}

export async function withdrawDisplayKey(tx: Tx, actor: Actor, id: string): Promise<boolean> {
  return updateLogged(tx, actor, 'display_keys', id, {
    withdrawn_at: actor.at.toISOString(),
    withdrawn_by: actor.staffId,
  });
}

/** How often "last used" is brought up to date: the board asks every few seconds. */
const LAST_USE_EVERY_MS = 60_000;

/**
 * Records that a screen used its key. Not a change anyone audits, and it would otherwise
 * log a row every few seconds all day, so it is written straight to the key's row (like the
 * sign-in throttle's counts), at most once a minute.
 */
export async function recordDisplayKeyUse(
  db: Db,
  found: { id: string; last_used_at: string | null },
  at: Date,
): Promise<void> {
  if (found.last_used_at && at.getTime() - Date.parse(found.last_used_at) < LAST_USE_EVERY_MS)
    return;
  await db
    .updateTable('display_keys')
    .set({ last_used_at: at.toISOString() })
    .where('id', '=', found.id)
    .execute();
}
