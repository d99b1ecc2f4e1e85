// The duplicate check's own connection (reports worker): it reads one snapshot of the
// register (duplicate-blocks.ts) and writes the pairs it finds (duplicate-store.ts).
import SQLite from 'better-sqlite3';

export function openDuplicateCheckConnection(file: string): SQLite.Database {
  const connection = new SQLite(file, { fileMustExist: true });
  connection.pragma('busy_timeout = 5000');
  // Stored pairs can always be worked out again, so a commit need not wait for the disk: a
  // power cut may lose the last check, never a desk's record (WAL keeps the file whole).
  connection.pragma('synchronous = NORMAL');
  return connection;
}

/**
 * Runs `read` inside one read transaction, so every group it reads comes from the same
 * snapshot of the register however long the check takes (it pauses for reports between
 * groups).
 */
export async function inOneSnapshot<T>(
  connection: SQLite.Database,
  read: () => Promise<T>,
): Promise<T> {
  connection.exec('begin');
  try {
    return await read();
  } finally {
    connection.exec('commit');
  }
}
