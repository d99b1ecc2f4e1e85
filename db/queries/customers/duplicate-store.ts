// The duplicate check's writing (reports worker, on a connection of its own): the pairs go in
// a thousand rows per transaction, so a desk's save waits for at most one short transaction,
// never for the whole list. The pairs are written under the new check's id before the check
// itself: until its row is in, readers still see the previous check whole; from then on,
// the new one whole. The earlier check's pairs are cleared after, in the same small steps.
import type SQLite from 'better-sqlite3';

/** One pair as stored: `a` is the older record (ids are time-ordered). */
export interface FoundPair {
  a: string;
  b: string;
  reasons: string[];
}

export interface FinishedCheck {
  id: string;
  checkedAt: string;
  /** performance.now() when the check began: its time is taken as it is published. */
  startedAt: number;
  customers: number;
  changeMark: number;
}

/** Rows per write transaction: each holds the write lock for about a millisecond. */
export const ROWS_PER_TRANSACTION = 1_000;

/** Lets the worker's other work (reports) run between steps. */
export type Pause = () => Promise<void>;

async function removePairsOf(sqlite: SQLite.Database, checkId: string, pause: Pause) {
  const last = sqlite
    .prepare('select max(rank) from duplicate_candidates where check_id = ?')
    .pluck()
    .get(checkId) as number | null;
  const remove = sqlite.prepare(
    'delete from duplicate_candidates where check_id = ? and rank >= ? and rank < ?',
  );
  for (let from = 0; last !== null && from <= last; from += ROWS_PER_TRANSACTION) {
    remove.run(checkId, from, from + ROWS_PER_TRANSACTION);
    await pause();
  }
}

/**
 * Stores a finished check and its pairs (best first), then clears every earlier check.
 * Answers how long the check took, finding and writing its pairs.
 */
export async function saveDuplicateCheck(
  sqlite: SQLite.Database,
  check: FinishedCheck,
  pairs: FoundPair[],
  pause: Pause,
): Promise<number> {
  // Pairs of a check that never finished (the app closed mid-save) are nobody's: clear them.
  const unfinished = sqlite
    .prepare(
      'select distinct check_id from duplicate_candidates where check_id not in (select id from duplicate_checks)',
    )
    .pluck()
    .all() as string[];
  for (const id of unfinished) await removePairsOf(sqlite, id, pause);

  const insert = sqlite.prepare(
    'insert into duplicate_candidates (check_id, rank, a_id, b_id, reasons) values (?, ?, ?, ?, ?)',
  );
  const insertSome = sqlite.transaction((from: number) => {
    const to = Math.min(from + ROWS_PER_TRANSACTION, pairs.length);
    for (let rank = from; rank < to; rank += 1) {
      const pair = pairs[rank]!;
      insert.run(check.id, rank, pair.a, pair.b, JSON.stringify(pair.reasons));
    }
  });
  for (let from = 0; from < pairs.length; from += ROWS_PER_TRANSACTION) {
    insertSome.immediate(from);
    await pause();
  }
  const tookMs = Math.round(performance.now() - check.startedAt);
  sqlite
    .prepare(
      `insert into duplicate_checks (id, checked_at, took_ms, customers, pairs, change_mark)
       values (?, ?, ?, ?, ?, ?)`,
    )
    .run(check.id, check.checkedAt, tookMs, check.customers, pairs.length, check.changeMark);

  const earlier = sqlite
    .prepare('select id from duplicate_checks where id <> ?')
    .pluck()
    .all(check.id) as string[];
  for (const id of earlier) {
    await removePairsOf(sqlite, id, pause);
    sqlite.prepare('delete from duplicate_checks where id = ?').run(id);
  }
  return tookMs;
}
