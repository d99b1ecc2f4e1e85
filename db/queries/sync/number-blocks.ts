// The desk's leased reference numbers (issue 21, "numbers never collide"): blocks the council
// server leased to this desk, given out in order, offline as well as online. Plain writes, not
// logged ones: which numbers a desk holds is its own bookkeeping; the records carry the result.
import { sql } from 'kysely';
import type { ReadableDB, WritableDB } from '../../handles';

export async function addBlock(
  tx: WritableDB,
  block: { series: string; first: number; last: number },
): Promise<void> {
  await tx
    .insertInto('number_blocks')
    .values({ ...block, next: block.first })
    .onConflict((c) => c.columns(['series', 'first']).doNothing())
    .execute();
}

/** The next leased number of a series, used up as it is given; null when none is left. */
export async function takeLeasedNumber(tx: WritableDB, series: string): Promise<number | null> {
  const block = await tx
    .selectFrom('number_blocks')
    .select(['first', 'next'])
    .where('series', '=', series)
    .whereRef('next', '<=', 'last')
    .orderBy('first')
    .limit(1)
    .executeTakeFirst();
  if (!block) return null;
  await tx
    .updateTable('number_blocks')
    .set({ next: block.next + 1 })
    .where('series', '=', series)
    .where('first', '=', block.first)
    .execute();
  return block.next;
}

/** Numbers of a series still to give. */
export async function numbersLeft(db: ReadableDB, series: string): Promise<number> {
  const row = await db
    .selectFrom('number_blocks')
    .select(sql<number | null>`sum(last - next + 1)`.as('left'))
    .where('series', '=', series)
    .whereRef('next', '<=', 'last')
    .executeTakeFirst();
  return Number(row?.left ?? 0);
}
