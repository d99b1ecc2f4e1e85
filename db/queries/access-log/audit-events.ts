// The security audit log (migration 0012): each sign-in, failure, refusal, lock-out, unlock,
// password change and session end, with who, when and what. Append-only.
import type { AuditKind } from '../../schema';
import { newId, type Db, type Tx } from '../../write';

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

export async function recordAuditEvent(db: Db | Tx, at: Date, entry: AuditEntry): Promise<void> {
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
