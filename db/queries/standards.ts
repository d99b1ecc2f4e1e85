import type { Db, Tx } from '../write';

/** The tightest limit of the council's active standard for a subject, if it has one. */
export async function standardLimit(db: Db | Tx, subject: string): Promise<number | null> {
  const row = await db
    .selectFrom('service_standards')
    .select('thresholds')
    .where('subject', '=', subject)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .executeTakeFirst();
  if (!row) return null;
  const limits = (JSON.parse(row.thresholds) as { limit: number }[]).map((t) => t.limit);
  return limits.length === 0 ? null : Math.min(...limits);
}
