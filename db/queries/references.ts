// Human references ("C-2026-000123", "H-2026-000001", "F-2026-000042"): numbered per year
// from the highest issued so far, not a count, so a deleted row never causes a repeat.
import type { Tx } from '../write';

export async function nextReference(
  tx: Tx,
  table: 'correspondence' | 'hand_offs' | 'feedback',
  prefix: 'C' | 'H' | 'F',
  year: string,
): Promise<string> {
  const row = await tx
    .selectFrom(table)
    .select((eb) => eb.fn.max('reference').as('last'))
    .where('reference', 'like', `${prefix}-${year}-%`)
    .executeTakeFirst();
  // Zero-padded to six digits, so the highest reference is also the last in text order.
  const last = row?.last ? Number(String(row.last).slice(-6)) : 0;
  return `${prefix}-${year}-${String(last + 1).padStart(6, '0')}`;
}
