// Leased reference numbers (issue 21, "numbers never collide"). A desk asks, while online, for
// a block of a series (its site's letters, hand-offs or feedback for a year) and numbers its
// records from it, offline too. Blocks of a series never overlap: each starts after the last
// one leased, decided under a lock on the series, so two instances of the server leasing at
// once still hand out different blocks.
import { sql } from 'kysely';
import type { ServerDb } from '../db/connect';
import { REFERENCE_KINDS, seriesOf, type ReferenceKind } from '../../shared/sync/numbers';

/** How many numbers one lease gives: weeks of a busy desk's letters, so a few offline days never run short. */
export const LEASE_SIZE = 500;

export interface Lease {
  series: string;
  first: number;
  last: number;
}

export { REFERENCE_KINDS };

export async function leaseNumbers(
  db: ServerDb,
  desk: { id: string; siteCode: string },
  kind: ReferenceKind,
  year: number,
): Promise<Lease> {
  const series = seriesOf(kind, year, desk.siteCode);
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`lease:${series}`}))`.execute(tx);
    const taken = await tx
      .selectFrom('number_leases')
      .select((eb) => eb.fn.max('last').as('last'))
      .where('series', '=', series)
      .executeTakeFirst();
    const first = Number(taken?.last ?? 0) + 1;
    const last = first + LEASE_SIZE - 1;
    await tx
      .insertInto('number_leases')
      .values({ series, first, last, desk_id: desk.id })
      .execute();
    return { series, first, last };
  });
}
