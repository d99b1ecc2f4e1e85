// Drafts (issue 19): each person's half-typed form is kept until saved or discarded, is
// theirs alone, refuses what is not a form's fields, and goes after a month forgotten.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';
import { anonymiseExpired } from '../data-protection/retention-run';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn('adviser');
});
afterEach(async () => {
  await backend.close();
});

const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
const typed = {
  channel: 'telephone',
  notes: 'Moved house; new address to follow.',
  transferred: false,
};

describe('drafts', () => {
  it('keep a form as typed until it is discarded', async () => {
    expect(await ok(backend.call('drafts.get', { form: 'record-contact' }))).toBeNull();
    await ok(backend.call('drafts.save', { form: 'record-contact', data: typed }));
    await ok(
      backend.call('drafts.save', { form: 'record-contact', data: { ...typed, channel: 'email' } }),
    );
    expect(await ok(backend.call('drafts.get', { form: 'record-contact' }))).toEqual({
      data: { ...typed, channel: 'email' },
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    // Signing in again (a new session) finds it still there.
    await backend.signIn('adviser');
    expect((await ok(backend.call('drafts.get', { form: 'record-contact' })))?.data.channel).toBe(
      'email',
    );
    await ok(backend.call('drafts.discard', { form: 'record-contact' }));
    expect(await ok(backend.call('drafts.get', { form: 'record-contact' }))).toBeNull();
  });

  it('are each person’s own', async () => {
    await ok(backend.call('drafts.save', { form: 'log-item', data: typed }));
    await backend.signIn('adviser2');
    expect(await ok(backend.call('drafts.get', { form: 'log-item' }))).toBeNull();
  });

  it('refuse an unknown form or fields that are not typed values, writing nothing', async () => {
    for (const input of [
      { form: 'anything', data: typed },
      { form: 'log-item', data: { notes: { nested: true } } },
      { form: 'log-item', data: { 'bad key': 'x' } },
    ])
      expect(codeOf(await backend.raw('drafts.save', input))).toBe('VALIDATION');
    const count = backend.opened
      .database!.sqlite.prepare('select count(*) from drafts')
      .pluck()
      .get();
    expect(count).toBe(0);
  });

  it('go when forgotten for a month', async () => {
    await ok(backend.call('drafts.save', { form: 'log-item', data: typed }));
    backend.clock.set('2026-12-24T10:00:00Z');
    await backend.signIn('adviser');
    await ok(backend.call('drafts.save', { form: 'record-contact', data: typed }));
    await anonymiseExpired(backend.opened.database!.db, {
      staffId: null,
      siteId: null,
      at: backend.clock.now(),
    });
    const forms = backend.opened.database!.sqlite.prepare('select form from drafts').pluck().all();
    expect(forms).toEqual(['record-contact']);
  });
});
