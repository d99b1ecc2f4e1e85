// A service's own promise for replies to letters, emails and web forms, read once
// requireActive has found the service in use (electron/api/require-service.ts).
import type { ReadableDB } from '../../handles';

/** The working days the service promises a reply in; null when it keeps the council's. */
export async function serviceReplyDays(db: ReadableDB, serviceId: string): Promise<number | null> {
  const row = await db
    .selectFrom('services')
    .select('reply_working_days')
    .where('id', '=', serviceId)
    .executeTakeFirst();
  return row?.reply_working_days ?? null;
}
