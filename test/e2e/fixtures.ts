import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { setHostClock, startHost, type RunningHost } from './host';

export const test = base.extend<{ hostClock: string; freshDataFolder: boolean; host: RunningHost }>(
  {
    /** Where the host's test clock starts; a test file may choose another time. */
    hostClock: ['2026-11-23T10:00:00Z', { option: true }],
    /** Start on an empty data folder, as a council's first run does, not the demo council. */
    freshDataFolder: [false, { option: true }],
    host: async ({ hostClock, freshDataFolder }, use, testInfo) => {
      const host = await startHost({ COUNCIL_CONTACT_CLOCK: hostClock }, freshDataFolder);
      await use(host);
      // A journey that failed shows what the host printed: an error behind "Something went
      // wrong" is otherwise lost with the host.
      if (testInfo.status !== testInfo.expectedStatus) {
        const printed = host.output();
        await testInfo.attach('host output', { body: printed, contentType: 'text/plain' });
        console.log(`--- host output (${testInfo.title}) ---\n${printed.slice(-6000)}`);
      }
      await host.stop();
    },
    // An uncaught error in the page is a defect even when the journey's checks pass: the
    // journey fails and names it (a render loop once blanked the window without a word).
    page: async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(page);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
  },
);

export { expect };

/** Every screen must pass an axe-core check against WCAG 2.2 AA. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

export const DEMO = { adviser: { username: 'adviser', password: 'demo1234' } };

/** Signs in with the keyboard alone, as an adviser at the start of a shift would. */
export async function signIn(
  page: Page,
  username = DEMO.adviser.username,
  password = DEMO.adviser.password,
): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in')).toBeVisible();
}

/**
 * A later day: the host and the page move to `at`, and the user comes back to the app,
 * unlocking it if it locked itself or signing in again if the session ended.
 */
export async function returnLater(
  page: Page,
  host: RunningHost,
  at: string,
  username = DEMO.adviser.username,
): Promise<void> {
  await setHostClock(host, at);
  await page.clock.setFixedTime(new Date(at));
  await page.goto(host.url);
  await expect(
    page.getByRole('heading', { name: /Sign in|Council Contact is locked/ }),
  ).toBeVisible();
  if (await page.getByRole('dialog').isVisible()) {
    await page.getByLabel('Password').fill(DEMO.adviser.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
  } else {
    await signIn(page, username);
  }
}
