// Checkpoints off the save path. In WAL mode SQLite copies the log back into the database
// ("checkpoints") inside whichever commit takes the log past wal_autocheckpoint pages, so
// one save in a few hundred also paid for copying and syncing the database file: on the
// 5,000,000-contact benchmark, switching that off took the plain insert's p99 from about
// 5 ms to 2 ms. Here a connection of the reports worker's own runs a PASSIVE checkpoint on
// a timer instead: it never waits for or blocks the desks' writes and readers, and it runs
// on another thread. The write connection keeps a far higher automatic threshold
// (db/open.ts) as a safety net for when this thread is not running.
// https://www.sqlite.org/wal.html#automatic_checkpoint
import SQLite from 'better-sqlite3';

/** How often the reports worker checkpoints in the app. */
export const CHECKPOINT_EVERY_MS = 1_000;

export function checkpointEvery(file: string, everyMs: number): () => void {
  const connection = new SQLite(file, { fileMustExist: true });
  // Durable like the write connection: the checkpoint syncs the log before it copies it and
  // the database after.
  connection.pragma('synchronous = FULL');
  const timer = setInterval(() => {
    try {
      connection.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // A failed checkpoint loses nothing (the log still holds every commit): say so and
      // try again on the next tick.
      console.error('[reports] checkpoint failed:', error);
    }
  }, everyMs);
  return () => {
    clearInterval(timer);
    connection.close();
  };
}
