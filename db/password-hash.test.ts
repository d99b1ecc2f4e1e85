// Password hashing takes its turn: at most two scrypt hashes run at once, so a burst of
// guesses at OWASP cost cannot take every thread of libuv's pool, which file reads and other
// crypto calls share (40 guesses at once used to stall every other request for 15 s).
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../test/support/backend';
import { TEST_ONLY_SCRYPT } from '../test/support/demo-passwords';
import { dispatch } from '../electron/api/dispatch';
import { decoyHash, hashingLoad, hashPassword, MAX_CONCURRENT_HASHES } from './password-hash';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.close();
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('password hashing', () => {
  it('runs at most two hashes at once; the rest wait their turn', async () => {
    const hashes = Array.from({ length: 6 }, (_, i) =>
      hashPassword(`password ${i}`, TEST_ONLY_SCRYPT),
    );
    expect(MAX_CONCURRENT_HASHES).toBe(2);
    expect(hashingLoad()).toEqual({ running: 2, waiting: 4 });
    expect(new Set(await Promise.all(hashes)).size).toBe(6);
    expect(hashingLoad()).toEqual({ running: 0, waiting: 0 });
  });

  it('leaves room for other work while 40 wrong guesses are checked at OWASP cost', async () => {
    await backend.signIn('adviser');
    await decoyHash(); // made once per run, by the first unknown username
    let settled = 0;
    const guesses = Array.from({ length: 40 }, (_, i) =>
      dispatch(backend.opened.backend, {
        method: 'auth.signIn',
        input: { username: `guesser${i}`, password: 'wrong' }, // 40 usernames: none throttled
        token: null,
      }).then(({ result }) => {
        settled += 1;
        return result;
      }),
    );
    await until(() => hashingLoad().running + hashingLoad().waiting === 40);
    expect(hashingLoad().running).toBe(2);

    // An adviser carrying on: a call with their session, and a file read through the same
    // thread pool (as each host does to serve the app's own files).
    const reference = await backend.call('reference.list', {});
    const file = await readFile(new URL(import.meta.url));
    const settledMeanwhile = settled;
    expect(reference.ok).toBe(true);
    expect(file.length).toBeGreaterThan(0);
    expect(settledMeanwhile).toBeLessThan(10); // answered before most of the guesses

    const results = await Promise.all(guesses);
    expect(new Set(results.map((r) => !r.ok && r.error.message))).toEqual(
      new Set(['That username and password do not match. Check them and try again.']),
    );
    expect(settled).toBe(40);
  }, 300_000);
});
