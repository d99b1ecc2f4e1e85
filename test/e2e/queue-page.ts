// What the queue journeys share: the page keeps the test's time with live pushes off (so the
// board refreshes on its own 5-second poll), everyone stays signed in through the morning,
// and reception checks visitors in through its form.
import type { Page } from '@playwright/test';

/** Monday 23 November 2026, 10:00 in London (GMT): the hosts' test clock. */
export const START = new Date('2026-11-23T10:00:00Z');
export const MINUTE = 60_000;

export async function startPageClock(page: Page): Promise<void> {
  await page.clock.install({ time: START });
  await page.route('**/api/events', (route) => route.abort());
}

/**
 * Stops the page's clock a moment from now, so its time moves only when the journey moves it.
 * Reading the page's time and pausing it are two calls: on a busy machine the page's time can
 * pass the mark between them, and Playwright refuses to go back ("Cannot fast-forward to the
 * past", seen in a fresh-clone CI run), so a missed mark is tried again from a new reading.
 */
export async function pausePageClock(page: Page): Promise<void> {
  for (let tries = 1; ; tries++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(new Date(now + 250));
      return;
    } catch (error) {
      if (tries >= 5 || !String(error).includes('Cannot fast-forward to the past')) throw error;
    }
  }
}

/** The administrator sets a 60-minute lock, so nobody locks between the journey's steps. */
export async function lockAfterAnHour(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const call = (method: string, input: unknown) =>
      fetch(`/api/call/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ input }),
      });
    await call('auth.signIn', { username: 'admin', password: 'demo1234' });
    await call('settings.updateGeneral', {
      councilName: 'Demo Borough Council',
      lockAfterMinutes: 60,
      fcrTargetPercent: 80,
    });
    await call('auth.signOut', {});
  });
}

/** At least one poll of the board. */
export async function refreshBoard(page: Page): Promise<void> {
  await page.clock.runFor(5_000);
}

export async function checkIn(
  page: Page,
  service: string,
  name: string,
  appointment?: string,
): Promise<void> {
  const form = page.locator('form.check-in');
  if (appointment) await form.getByLabel('Appointment').selectOption({ label: appointment });
  await form.getByLabel('Service wanted').selectOption({ label: service });
  await form.getByLabel('Name to call').fill(name);
  await form.getByRole('button', { name: 'Check in and give a ticket' }).click();
}
