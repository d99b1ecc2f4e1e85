// What every list of records behind a figure shares (the *-records.ts files beside this one):
// London times, and pages. A list is sent a page at a time, and an export asks for pages
// until it has every record: the drill-down CSV stopped at 2,000 of 2,966 (issue 19).
import { londonDateOf, londonTimeOf } from '../../shared/time/london';

/** Records in one page; the total says how many there are in all. */
export const RECORD_LIMIT = 2000;

/** "2026-11-23 09:10", London time. */
export const when = (instant: string | null) =>
  instant ? `${londonDateOf(instant)} ${londonTimeOf(instant)}` : null;

/** The page of `list` from `offset`. */
export const pageOf = <T>(list: readonly T[], offset: number): T[] =>
  list.slice(offset, offset + RECORD_LIMIT);
