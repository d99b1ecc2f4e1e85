// Fills a council's database with realistic synthetic activity for demos and benchmarks:
// customers, then day by day the contacts and everything around them (visits, calls,
// letters on the reply clock, hand-offs, exit surveys, proactive offers, complaints,
// compliments and comments) and each whole month's quality sample. Seeded: the same options and seed on the same
// council give the same rows. It refuses a database that already holds contacts unless told
// to append, so a real council's records are never mixed with invented ones by accident.
import type BetterSqlite3 from 'better-sqlite3';
import { CHANNELS } from '../../shared/domain/channels';
import { FIRST_YEAR, LAST_YEAR } from '../../shared/time/calendar';
import {
  addCalendarDays,
  isIsoDate,
  londonDayBounds,
  londonInstant,
  type IsoDate,
} from '../../shared/time/london';
import { staffBySite, type ActivityContext, type Counts } from './activity';
import { BulkWriter } from './bulk-writer';
import { callWriter } from './calls';
import { Choices } from './choices';
import { contactWriter } from './contacts';
import { correspondenceWriter } from './correspondence';
import { loadCouncil } from './council';
import { CustomerPool, loadCustomers, writeCustomers } from './customers';
import { planDayContacts } from './day-contacts';
import { FollowUpQueue } from './follow-ups';
import { feedbackWriter } from './feedback';
import { handOffWriter } from './hand-offs';
import { offerWriter } from './offers';
import { qualityWriter } from './quality';
import { Random } from './random';
import { addAdvisers, advisersFor } from './staff';
import { kindFor, planDays } from './schedule';
import { surveyWriter } from './surveys';
import { visitWriter } from './visits';

export interface DemoDataOptions {
  customers: number;
  contacts: number;
  /** London days of activity, ending on `end`. */
  days: number;
  end: IsoDate;
  seed: number;
  /** Active advisers the council should have: more are added if it has fewer (default:
   * enough for the contacts, staff.ts). */
  advisers?: number;
  /** Add to a database that already holds contacts. */
  append?: boolean;
  /** Nothing is stamped later than this (default: the real time). With an `end` in the past,
   * the end of that day is used instead, so the data does not depend on when it was made. */
  now?: Date;
  /** Called after each day with the contacts written so far. */
  onProgress?: (contactsWritten: number) => void;
  /** Stops between days (Ctrl-C): what is written stays, and the indexes are rebuilt. */
  signal?: AbortSignal;
}

export interface DemoDataResult extends Counts {
  advisersAdded: number;
  from: IsoDate;
  to: IsoDate;
  asOf: string;
}

/** Options that cannot be used, or a database that must not be written to. */
export class DemoDataError extends Error {}

/** The tables written, whose plain indexes are rebuilt once at the end (bulk-writer.ts). */
const TABLES = [
  'customers',
  'visits',
  'contacts',
  'calls',
  'correspondence',
  'holding_replies',
  'hand_offs',
  'satisfaction_surveys',
  'contact_offers',
  'feedback',
  'complaint_stages',
  'quality_sample_items',
];
/** Days between yields to the event loop, so a Ctrl-C can stop the run cleanly. */
const DAYS_PER_YIELD = 10;

// Due dates are worked out a few weeks past the window, and the working calendar covers
// FIRST_YEAR to LAST_YEAR: keep the window well inside it.
const EARLIEST = `${FIRST_YEAR}-02-01`;
const LATEST = `${LAST_YEAR}-10-31`;

export function checkOptions(options: DemoDataOptions): void {
  const whole = (name: string, value: number, min: number) => {
    if (!Number.isSafeInteger(value) || value < min)
      throw new DemoDataError(`--${name} must be a whole number, ${min} or more (got ${value}).`);
  };
  whole('customers', options.customers, 0);
  whole('contacts', options.contacts, 0);
  whole('days', options.days, 1);
  whole('seed', options.seed, 0);
  if (options.advisers !== undefined) whole('advisers', options.advisers, 0);
  if (!isIsoDate(options.end))
    throw new DemoDataError(`--end must be a date written YYYY-MM-DD (got "${options.end}").`);
  const first = addCalendarDays(options.end, 1 - options.days);
  if (first < EARLIEST || options.end > LATEST)
    throw new DemoDataError(
      `The days must fall between ${EARLIEST} and ${LATEST} (the working calendar's range); these run from ${first} to ${options.end}.`,
    );
}

function count(sqlite: BetterSqlite3.Database, table: 'contacts' | 'customers'): number {
  return (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

/** Contacts already in the database: generating into a council's real records is refused. */
export function existingContacts(sqlite: BetterSqlite3.Database): number {
  return count(sqlite, 'contacts');
}

export async function generateDemoData(
  sqlite: BetterSqlite3.Database,
  options: DemoDataOptions,
): Promise<DemoDataResult> {
  checkOptions(options);
  const existing = existingContacts(sqlite);
  if (existing > 0 && !options.append)
    throw new DemoDataError(
      `The database already holds ${existing.toLocaleString('en-GB')} contacts, so nothing was written. Use --append to add demo data to it anyway, or choose an empty data folder.`,
    );
  const from = addCalendarDays(options.end, 1 - options.days);
  const asOfMs = Math.min(
    (options.now ?? new Date()).getTime(),
    londonDayBounds(options.end).end.getTime(),
  );
  const advisersAdded = addAdvisers(
    sqlite,
    options.advisers ?? advisersFor(options.contacts, options.days),
    options.seed,
    londonInstant(from).getTime(),
  );
  const council = loadCouncil(sqlite);
  // A second run on the same database must not repeat the first run's ids.
  const salt = existing + count(sqlite, 'customers');
  const writer = new BulkWriter(sqlite, TABLES);
  const counts: Counts = {
    customers: 0,
    contacts: 0,
    visits: 0,
    leftWithoutBeingSeen: 0,
    calls: 0,
    abandonedCalls: 0,
    correspondence: 0,
    holdingReplies: 0,
    handOffs: 0,
    surveys: 0,
    surveysAnswered: 0,
    offers: 0,
    offersAccepted: 0,
    complaints: 0,
    escalated: 0,
    compliments: 0,
    comments: 0,
    qualitySamples: 0,
    qualitySampleItems: 0,
    qualityItemsScored: 0,
  };
  try {
    const pool = new CustomerPool();
    loadCustomers(sqlite, pool);
    const firstDayMs = londonInstant(from).getTime();
    counts.customers = writeCustomers(
      sqlite,
      writer,
      pool,
      new Random(options.seed, 'customers', salt),
      options.customers,
      firstDayMs,
    );
    const ctx: ActivityContext = {
      council,
      choices: new Choices(council),
      pool,
      writer,
      rng: new Random(options.seed, 'activity', salt),
      ids: new Random(options.seed, 'ids', salt),
      asOfMs,
      counts,
      staffAt: staffBySite(council),
      kindOf: new Map(CHANNELS.map((c) => [c, kindFor(c, council)])),
      stream: (label) => new Random(options.seed, label, salt),
    };
    const plans = planDays(council, options.end, options.days, options.contacts, asOfMs);
    const queue = new FollowUpQueue(plans.length);
    const writeVisits = visitWriter(ctx, sqlite);
    const writeContacts = contactWriter(ctx);
    const writeCalls = callWriter(ctx);
    const writeCorrespondence = correspondenceWriter(ctx, sqlite);
    const writeHandOffs = handOffWriter(ctx, sqlite);
    const writeSurveys = surveyWriter(ctx);
    const writeOffers = offerWriter(ctx);
    const writeFeedback = feedbackWriter(ctx, sqlite);
    const writeQuality = qualityWriter(ctx, sqlite, {
      from,
      to: options.end,
      append: existing > 0,
    });
    for (const plan of plans) {
      const contacts = planDayContacts(ctx, plan, queue);
      // Parents before children, as the writers were registered with the bulk writer:
      // visits, then contacts, then what points at them; a month's quality sample once its
      // last day is written.
      writeVisits(plan, contacts);
      writeContacts(contacts);
      writeCalls(plan, contacts);
      writeCorrespondence(plan, contacts);
      writeHandOffs(contacts);
      writeSurveys(contacts);
      writeOffers(contacts);
      writeFeedback(contacts);
      writeQuality(plan, contacts);
      options.onProgress?.(counts.contacts);
      if (plan.index % DAYS_PER_YIELD === 0) await new Promise((done) => setImmediate(done));
      if (options.signal?.aborted) break;
    }
  } catch (error) {
    writer.abandon();
    throw error;
  }
  writer.finish();
  if (options.signal?.aborted)
    throw new DemoDataError(
      `Stopped after ${counts.contacts.toLocaleString('en-GB')} contacts; what was written so far stays in the database.`,
    );
  return {
    ...counts,
    advisersAdded,
    from,
    to: options.end,
    asOf: new Date(asOfMs).toISOString(),
  };
}
