// The two kinds of database handle a query takes, after Signal Desktop's ReadableDB and
// WritableDB: a function that only reads says so in its type and can be given any handle
// (the app's connection, a transaction, the reports worker's connection); a function that
// writes needs a transaction, where db/write.ts's helpers also log the change. A read
// query cannot write by mistake: its handle has no insertInto, updateTable or deleteFrom.
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import type { Tx } from './write';

/** Reads only: select (with CTEs and functions) and raw `sql` through its executor. */
export type ReadableDB = Pick<
  Kysely<Database>,
  'selectFrom' | 'selectNoFrom' | 'with' | 'withRecursive' | 'fn' | 'dynamic' | 'getExecutor'
>;

/** Writes: always inside a transaction, so a failed step leaves nothing half-done. */
export type WritableDB = Tx;
