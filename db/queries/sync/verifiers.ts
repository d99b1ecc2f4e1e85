// Staff password hashes and the council server (issue 21). A hash never goes into the change
// log (db/write.ts keeps a placeholder there); these read and write it on the staff row alone.
import type { ReadableDB, WritableDB } from '../../handles';

/** The hashes of these accounts as this desk holds them (real ones only: scrypt$…). */
export async function verifiersOf(
  db: ReadableDB,
  staffIds: readonly string[],
): Promise<Map<string, string>> {
  if (staffIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'password_hash'])
    .where('id', 'in', staffIds)
    .where('password_hash', 'like', 'scrypt$%')
    .execute();
  return new Map(rows.map((r) => [r.id, r.password_hash]));
}

/** Every account this desk holds, with its hash where it can check it: what a joining desk shares. */
export async function allStaffAccounts(
  db: ReadableDB,
): Promise<{ id: string; username: string; role: string; active: boolean; hash: string | null }[]> {
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'username', 'role', 'active', 'password_hash'])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    role: r.role,
    active: r.active === 1,
    hash: r.password_hash.startsWith('scrypt$') ? r.password_hash : null,
  }));
}

/**
 * Keeps the hash the council server confirmed at sign-in, so this person can sign in here
 * offline later. A plain update, not a logged one: it is a copy of the server's, and logging
 * it would send it back as a change of password.
 */
export async function keepVerifier(tx: WritableDB, staffId: string, hash: string): Promise<void> {
  await tx.updateTable('staff').set({ password_hash: hash }).where('id', '=', staffId).execute();
}
