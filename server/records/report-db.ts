// The connection pool the council-wide reports read the records through (issue 23): apart from
// the pool push and pull use, so a year's report never holds up a desk's sync, and never able
// to write. It may point at a PostgreSQL replica. Its connections read the `records` schema
// first, so the desk's report queries (db/queries, typed by the desk's Database) run here as
// written; each statement is cut off after a time limit, and the report says so.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../../db/schema';

/** The desk's tables, as the council's records in PostgreSQL. */
export type RecordsDb = Kysely<Database>;

export interface ReportPoolOptions {
  /** Connections for reports; a few, so reports queue rather than crowd out sync. */
  max?: number;
  /** A statement running longer than this is stopped (PostgreSQL's statement_timeout). */
  statementTimeoutMs?: number;
}

/** PostgreSQL's bigint (a count, a sum of integers) and numeric arrive as text by default. */
const BIGINT = 20;
const NUMERIC = 1700;

const asNumbers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === BIGINT || oid === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export const DEFAULT_REPORT_TIMEOUT_MS = 60_000;

/**
 * The route's own pool: it only checks who asks and reads a customer's older history, since
 * the reports thread opens its own connections (./report-worker.ts).
 */
export const ROUTE_POOL = { max: 2 } as const;

/**
 * How the reports' connections plan (set for them only, so it holds on a replica too):
 * - random_page_cost 1.1, not PostgreSQL's 4, which is for spinning disks: a council's records
 *   are read from memory or SSD. At 4, a month's reports joined their contacts to whole tables
 *   of surveys, scores and customers where looking each contact's up was cheaper: the large
 *   council's month of NeSDS evidence took 927 ms at 4 and 749 ms at 1.1 (medians).
 * - No parallel workers for one query: the reports thread already asks a report's questions
 *   side by side on this pool, so splitting one across workers only set them against their
 *   neighbours for the same cores. Months' evidence at the large council, alternate runs:
 *   955, 1,040 and 1,002 ms without, 1,289, 1,104 and 1,469 ms with.
 */
const PLANNING = '-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0';

export interface RecordsSettings extends ReportPoolOptions {
  connectionString: string;
}

/** How each pool was made, so the reports worker can open its own the same way. */
const made = new WeakMap<RecordsDb, RecordsSettings>();

export function recordsSettingsOf(records: RecordsDb): RecordsSettings | undefined {
  return made.get(records);
}

export function connectRecords(
  connectionString: string,
  options: ReportPoolOptions = {},
): RecordsDb {
  const timeout = options.statementTimeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 4,
    application_name: 'council-contact-reports',
    options: `-c search_path=records,public -c default_transaction_read_only=on -c statement_timeout=${timeout} ${PLANNING}`,
    types: asNumbers,
  });
  pool.on('error', () => undefined); // a dropped idle connection: the next report takes another
  const records = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  made.set(records, { connectionString, ...options });
  return records;
}
