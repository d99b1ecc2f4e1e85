// Human references ("C-2026-000123", "H-2026-000001", "F-2026-000042"): numbered per year
// from the highest issued so far, not a count, so a deleted row never causes a repeat.
//
// A desk joined to a council server numbers from blocks the server leased to it, with its
// site in the reference ("C-2026-TH-000123"), so desks working offline at once never give the
// same one (issue 21). With none left (offline longer than its blocks last), it numbers from
// its own series, marked with its issuing point's letter ("C-2026-TH-B00001"): still unique,
// and never renumbered later.
import { issuingLetter, referenceOf, seriesOf } from '../../shared/sync/numbers';
import type { ReadableDB } from '../handles';
import type { Tx } from '../write';
import { takeLeasedNumber } from './sync/number-blocks';
import { deskNumbering } from './sync/state';

/** The highest reference of the table starting with `start`, read by its last `digits` digits. */
async function lastNumber(
  db: ReadableDB,
  table: 'correspondence' | 'hand_offs' | 'feedback',
  start: string,
  digits: number,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('reference').as('last'))
    .where('reference', 'like', `${start}%`)
    .where((eb) => eb(eb.fn('length', ['reference']), '=', start.length + digits))
    .executeTakeFirst();
  return row?.last ? Number(String(row.last).slice(-digits)) : 0;
}

export async function nextReference(
  tx: Tx,
  table: 'correspondence' | 'hand_offs' | 'feedback',
  prefix: 'C' | 'H' | 'F',
  year: string,
): Promise<string> {
  const desk = await deskNumbering(tx);
  if (!desk) {
    // Zero-padded to six digits, so the highest reference is also the last in text order.
    const last = await lastNumber(tx, table, `${prefix}-${year}-`, 6);
    return `${prefix}-${year}-${String(last + 1).padStart(6, '0')}`;
  }
  const series = seriesOf(prefix, Number(year), desk.siteCode);
  const leased = await takeLeasedNumber(tx, series);
  if (leased !== null) return referenceOf(series, leased);
  const own = `${series}-${issuingLetter(desk.issuingPoint)}`;
  const last = await lastNumber(tx, table, own, 5);
  return `${own}${String(last + 1).padStart(5, '0')}`;
}
