// The single view's timeline (NeSDS standard 23): one list across every channel and service,
// newest first, each entry saying whether it is still open and when it is due. Read from the
// desk's own copy by the code the council server also runs for older history
// (db/reports/customer-timeline.ts), so an entry reads the same from either.
import type { TimelineEntry } from '../../../shared/api';
import { customerTimeline } from '../../../db/reports/customer-timeline';
import type { ApiContext } from '../context';
import type { Session } from '../sessions';

export async function timeline(
  ctx: ApiContext,
  customerId: string,
  seenBy: Session,
): Promise<TimelineEntry[]> {
  return (await customerTimeline(ctx.db, ctx.clock.now(), customerId, seenBy)).entries;
}
