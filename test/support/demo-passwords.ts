// Test fixtures only: the demo accounts in a test's template database get their password
// hashed at a trivial scrypt cost, so the many sign-ins of the test suite cost microseconds
// instead of a few hundred milliseconds of CPU and 128 MiB each. The app itself always
// hashes at OWASP's cost (electron/api/password.ts, checked in auth.test.ts on a freshly
// seeded database); nothing outside test/ writes these cheaper hashes, and the parameters
// travel with each hash, so verification needs no switch of its own.
import Database from 'better-sqlite3';
import { hashPassword, type ScryptParams } from '../../db/password-hash';
import { DEMO_ACCOUNTS } from '../../electron/api/setup/demo-council';

/** N = 2^4: still scrypt, still salted, but no work to speak of. */
export const TEST_ONLY_SCRYPT: Readonly<ScryptParams> = { logN: 4, r: 8, p: 1 };

/** Rehashes the demo accounts' passwords in a closed database file at the test-only cost. */
export async function cheapenDemoPasswords(file: string): Promise<void> {
  const hashes = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => [a.username, await hashPassword(a.password, TEST_ONLY_SCRYPT)]),
  );
  const sqlite = new Database(file);
  try {
    const update = sqlite.prepare('update staff set password_hash = ? where username = ?');
    sqlite.transaction(() => {
      for (const [username, hash] of hashes) update.run(hash, username);
    })();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
}
