// The days of history a joined desk keeps offline (issue 21): 90 unless the council says
// otherwise, changed by an administrator, and a value outside 14 to 3,650 whole days refused
// with words saying why, leaving the setting as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

const GENERAL = {
  councilName: 'Northfield Borough Council',
  lockAfterMinutes: 5,
  fcrTargetPercent: 80,
};

describe('the days of history each desk keeps offline', () => {
  it('is 90 by default, can be changed, and refuses a value out of range', async () => {
    backend = await createTestBackend();
    await backend.signIn('admin');
    expect((await ok(backend.call('settings.general', {}))).offlineHistoryDays).toBe(90);

    for (const [days, words] of [
      [7, /at least 14 days/],
      [4000, /at most 3,650 days/],
      [30.5, /whole days/],
    ] as const) {
      const refused = await backend.call('settings.updateGeneral', {
        ...GENERAL,
        offlineHistoryDays: days,
      });
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('VALIDATION');
        expect(refused.error.fields?.offlineHistoryDays).toMatch(words);
      }
    }
    expect((await ok(backend.call('settings.general', {}))).offlineHistoryDays).toBe(90);

    const saved = await ok(
      backend.call('settings.updateGeneral', { ...GENERAL, offlineHistoryDays: 30 }),
    );
    expect(saved.offlineHistoryDays).toBe(30);
    // Left as it is when a form does not send it.
    expect((await ok(backend.call('settings.updateGeneral', GENERAL))).offlineHistoryDays).toBe(30);
  });
});
