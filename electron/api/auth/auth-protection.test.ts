// Sign-in protection (go-live issue, item 4): after 5 wrong passwords each attempt waits
// twice as long as the last, from 2 seconds; after 10 the account is locked for 15 minutes
// or until an administrator unlocks it. Counted in the database, the same for usernames
// nobody has. The lock screen and password changes are in auth-protection-lock-screen.test.ts,
// the administrator's unlock and the audit log in auth-protection-admin-audit.test.ts; their
// shared set-up in auth-protection.support.ts.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../backend';
import {
  audit,
  backend,
  lockedFrom,
  lockOut,
  said,
  signInAs,
  tooMany,
  useFreshBackend,
  waitMessage,
  WRONG,
} from './auth-protection.support';
import { hashingLoad } from '../../../db/password-hash';

useFreshBackend();

/** Whether a password hash was running at any moment while `work` was under way. */
async function hashedWhile<T>(work: Promise<T>): Promise<{ result: T; hashed: boolean }> {
  let done = false;
  let hashed = false;
  const watched = work.finally(() => (done = true));
  while (!done) {
    if (hashingLoad().running > 0) hashed = true;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { result: await watched, hashed };
}

describe('wrong passwords at sign-in', () => {
  it('make each attempt after the fifth wait twice as long, from 2 seconds, then lock for 15 minutes', async () => {
    for (let i = 0; i < 4; i++) expect(said(await signInAs('admin', 'wrong'))).toBe(WRONG);
    const waits = [2, 4, 8, 16, 32];
    for (const [i, seconds] of waits.entries()) {
      expect(said(await signInAs('admin', 'wrong'))).toBe(waitMessage(seconds, 5 - i));
      // Refused before the wait is over, even with the right password, and not counted.
      backend.clock.advance(seconds * 1000 - 1000);
      const early = await signInAs('admin', 'demo1234');
      expect(early).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: tooMany('1 second') },
      });
      backend.clock.advance(1000);
    }
    // The 10th, at 10:01:02: locked until 10:16:02, told as from 10:17.
    expect(said(await signInAs('admin', 'wrong'))).toBe(
      'That username and password do not match. After 10 wrong passwords in a row the account is locked until 10:17. An administrator can unlock it sooner.',
    );
    backend.clock.set('2026-11-23T10:16:01Z');
    expect(said(await signInAs('admin', 'demo1234'))).toBe(lockedFrom('10:17'));
    // After the lock, one more wrong password locks it again at once.
    backend.clock.set('2026-11-23T10:16:02Z');
    expect(said(await signInAs('admin', 'wrong'))).toMatch(/locked until 10:32\./);
    backend.clock.set('2026-11-23T10:31:01Z');
    expect(said(await signInAs('admin', 'demo1234'))).toBe(lockedFrom('10:32'));
    backend.clock.set('2026-11-23T10:31:02Z');
    expect(said(await signInAs('admin', 'demo1234'))).toBe('signed in');
  });

  it('are forgotten after the right password', async () => {
    for (let i = 0; i < 4; i++) await signInAs('adviser', 'wrong');
    expect(said(await signInAs('ADVISER', 'demo1234'))).toBe('signed in'); // any case
    for (let i = 0; i < 4; i++) expect(said(await signInAs('adviser', 'wrong'))).toBe(WRONG);
    expect(said(await signInAs('adviser', 'wrong'))).toBe(waitMessage(2, 5));
  });

  it('still count after the app is closed and opened again', async () => {
    await lockOut('adviser');
    await backend.opened.close();
    const reopened = await openBackend({
      dataDir: backend.dataDir,
      clock: backend.clock,
      backgroundCheckpoints: false,
    });
    try {
      expect(said(await signInAs('adviser', 'demo1234', reopened.backend))).toBe(
        lockedFrom('10:24'),
      );
      backend.clock.advance(15 * 60_000);
      expect(said(await signInAs('adviser', 'demo1234', reopened.backend))).toBe('signed in');
    } finally {
      await reopened.close();
    }
    // The shared afterEach would close the first back end again.
    backend.close = () => Promise.resolve(rmSync(backend.dataDir, { recursive: true }));
  });

  it('from many guesses sent at once are counted one by one: only 5 are checked', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => signInAs('teamleader', 'wrong')),
    );
    const answers = results.map(said);
    expect(answers.filter((m) => m === WRONG)).toHaveLength(4);
    expect(answers.filter((m) => m === waitMessage(2, 5))).toHaveLength(1);
    expect(answers.filter((m) => m === tooMany('2 seconds'))).toHaveLength(35);
    const kinds = audit().map((e) => e.kind);
    expect(kinds.filter((k) => k === 'sign_in_failed')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'sign_in_refused')).toHaveLength(35);
  });
});

describe('a username nobody has', () => {
  it('gets the same answers as a real one, after the same password check', async () => {
    for (let attempt = 1; attempt <= 16; attempt++) {
      const known = await signInAs('admin', 'wrong');
      const { result: unknown, hashed } = await hashedWhile(signInAs('no.such.person', 'wrong'));
      expect(unknown).toEqual(known);
      // Only an attempt refused for waiting skips the (decoy) password check.
      expect(hashed).toBe(!/^(There have been|This account is locked)/.test(said(known)));
      if (attempt % 2 === 0) backend.clock.advance(60_000);
    }
    expect(said(await signInAs('no.such.person', 'wrong'))).toBe(lockedFrom('10:22'));
    const failed = audit().filter((e) => e.kind === 'sign_in_failed');
    expect(failed.find((e) => e.username === 'no.such.person')).toEqual({
      kind: 'sign_in_failed',
      staffId: null,
      username: 'no.such.person',
      siteId: null,
      detail: '{"failures":1,"reason":"unknown_username"}',
    });
  }, 120_000);
});
