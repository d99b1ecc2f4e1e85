// The security audit log (migration 0012): each sign-in, failure, refusal, lock-out, unlock,
// password change and session end, with who, when and what. Append-only.
import type { AuditKind } from '../../schema';
import type { WritableDB } from '../../handles';
import { newId, type Db } from '../../write';

export interface AuditEntry {
  kind: AuditKind;
  /** Who acted, when known. */
  staffId: string | null;
  /** The username tried, or the account acted on. */
  username: string | null;
  siteId?: string | null;
  /** Anything else worth keeping; never a password or its hash. */
  detail?: Record<string, unknown>;
}

/**
 * Appends an event. Written on the connection as well as in a transaction: a refusal or a
 * failed sign-in is recorded though nothing else is written (and nothing rolls it back).
 */
export async function recordAuditEvent(
  db: Db | WritableDB,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: newId(),
      at: at.toISOString(),
      kind: entry.kind,
      staff_id: entry.staffId,
      username: entry.username,
      site_id: entry.siteId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}
