// Keeps this desk stocked with reference numbers (issue 21, "numbers never collide"): while
// online, each round leases another block of any series running low, so a desk that goes
// offline has enough for a few days. In December the next year's series are stocked too.
import { addBlock, numbersLeft } from '../../db/queries/sync/number-blocks';
import { inTransaction, type Db } from '../../db/write';
import { REFERENCE_KINDS, seriesOf } from '../../shared/sync/numbers';
import { londonDateOf } from '../../shared/time/london';
import { serverRequest, type ServerAddress } from './server-request';

/** Lease again below this many: a block is 500, so a desk always holds well over a day's worth. */
export const LEASE_WHEN_BELOW = 200;

/** Leases what is running low; false only when the server could not be reached. */
export async function topUpLeases(
  options: ServerAddress & { db: Db; siteCode: string; now: Date },
): Promise<boolean> {
  const [year, month] = londonDateOf(options.now).split('-').map(Number) as [number, number];
  const years = month === 12 ? [year, year + 1] : [year];
  for (const y of years) {
    for (const kind of REFERENCE_KINDS) {
      const series = seriesOf(kind, y, options.siteCode);
      if ((await numbersLeft(options.db, series)) >= LEASE_WHEN_BELOW) continue;
      const answer = await serverRequest(options, '/sync/lease', { kind, year: y });
      if (!answer.ok) return answer.reached;
      const block = answer.body as { series?: unknown; first?: unknown; last?: unknown };
      if (
        block.series !== series ||
        !Number.isSafeInteger(block.first) ||
        !Number.isSafeInteger(block.last)
      ) {
        return true; // an answer this desk cannot use: it asks again next round
      }
      await inTransaction(options.db, (tx) =>
        addBlock(tx, { series, first: block.first as number, last: block.last as number }),
      );
    }
  }
  return true;
}
