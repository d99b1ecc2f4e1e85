// The London day the council began using the app, so a day is never compared with weeks
// before there were any records ("4-week average of 0", issue 19): the `council.startedOn`
// setting where it is set (a council's first run sets it), else the first day with any
// contact or visit on file.
import type { ReadableDB } from '../../handles';
import { londonDateOf, type IsoDate } from '../../../shared/time/london';
import { getSetting } from '../settings/settings';

/** Null before anything at all is recorded. */
export async function councilStartedOn(db: ReadableDB): Promise<IsoDate | null> {
  const setting = await getSetting(db, 'council.startedOn');
  if (setting) return setting;
  // Each the first entry of an index on the time (contacts_stats, visits_stats). A voided
  // contact was recorded in error, perhaps with the wrong date: it shows no use of the app.
  const [contact, visit] = await Promise.all([
    db
      .selectFrom('contacts')
      .select('started_at as at')
      .where('voided_at', 'is', null)
      .orderBy('started_at')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('visits')
      .select('arrived_at as at')
      .orderBy('arrived_at')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const first = [contact?.at, visit?.at].filter((at): at is string => at !== undefined).sort()[0];
  return first === undefined ? null : londonDateOf(first);
}
