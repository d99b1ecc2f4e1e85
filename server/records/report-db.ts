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
 * What a random read costs against a sequential one, for the planner. PostgreSQL's default of 4
 * is for spinning disks; a council's records are read from memory or SSD, where 1.1 is the usual
 * setting. At the default, a month's reports joined their contacts to whole tables of surveys,
 * scores and customers where looking each contact's up was cheaper: the large council's month
 * of NeSDS evidence took 927 ms at 4 and 749 ms at 1.1, a day's stats 115 ms and 106 ms
 * (medians). Set for the reports' connections only, so it holds on a replica too.
 */
const RANDOM_PAGE_COST = 1.1;

export function connectRecords(
  connectionString: string,
  options: ReportPoolOptions = {},
): RecordsDb {
  const timeout = options.statementTimeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 4,
    application_name: 'council-contact-reports',
    options: `-c search_path=records,public -c default_transaction_read_only=on -c statement_timeout=${timeout} -c random_page_cost=${RANDOM_PAGE_COST}`,
    types: asNumbers,
  });
  pool.on('error', () => undefined); // a dropped idle connection: the next report takes another
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
