// The waiting-area screen as a kiosk (issue 22): an administrator makes a display key in
// Settings, a second browser opens the display address with no sign-in, a desk calls a
// visitor and the board shows the ticket and desk, announced and sounded. The board has no
// sign-out, names no one, never locks however long it stands idle, keeps its last board with
// a "Reconnecting…" note while the back end does not answer, and stops once the key is
// withdrawn.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './fixtures';
import { checkIn, START } from './queue-page';

/** Counts the tones the board starts (two notes a call), through the real Web Audio API. */
async function countTones(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Typed by hand: the journeys are type-checked without the DOM's own types.
    type Audio = { prototype: { createOscillator: (this: unknown) => unknown } };
    const counted = globalThis as unknown as { tones: number; AudioContext: Audio };
    counted.tones = 0;
    const audio = counted.AudioContext.prototype;
    const create = audio.createOscillator;
    audio.createOscillator = function (this: unknown) {
      counted.tones += 1;
      return create.call(this);
    };
  });
}
const tonesOf = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { tones: number }).tones);

test('the waiting-area screen is a kiosk: set up once, no sign-in, no names, never locks', async ({
  page,
  host,
  browser,
}) => {
  // The administrator makes a key for the Town Hall's waiting area.
  await page.goto(host.url);
  await signIn(page, 'admin');
  await page.keyboard.press('Alt+9');
  const setup = page.locator('section', {
    has: page.getByRole('heading', { name: 'Waiting-area display' }),
  });
  await setup.getByLabel('Site').selectOption({ label: 'Town Hall One Stop Shop' });
  await setup.getByLabel('Name of the screen').fill('Town Hall waiting area');
  await setup.getByRole('button', { name: 'Make display key' }).click();
  const address = (await setup.getByTestId('display-address').textContent())!;
  expect(address).toMatch(new RegExp(`^${host.url}/display#key=[A-Za-z0-9_-]{43}$`));
  await expect(
    setup.getByRole('cell', { name: 'Town Hall waiting area', exact: true }),
  ).toBeVisible();
  await expect(setup.getByLabel('Sound on each new call at Town Hall One Stop Shop')).toBeChecked();
  await expectAccessible(page, 'settings with a new display key');
  const adminName = (await page.getByTestId('signed-in').textContent())!;

  // The screen's own browser, as the PC in the waiting area runs it.
  const screen = await (await browser.newContext()).newPage();
  await screen.clock.install({ time: START });
  await countTones(screen);
  await screen.goto(address);
  await expect(
    screen.getByRole('heading', { name: 'Now calling at Town Hall One Stop Shop' }),
  ).toBeVisible();
  await expect(screen.getByTestId('display-latest')).toHaveText('Please wait to be called.');

  // An adviser checks a visitor in and calls them to Desk 1.
  const desk = await (await browser.newContext()).newPage();
  await desk.goto(host.url);
  await signIn(desk);
  const adviserName = (await desk.getByTestId('signed-in').textContent())!;
  await desk.keyboard.press('Alt+3');
  await checkIn(desk, 'Council Tax', 'Ann Visitor');
  await expect(desk.getByTestId('issued-ticket')).toHaveText('A001');
  await desk.keyboard.press('Alt+4');
  await desk.getByRole('button', { name: 'Open desk' }).click();
  await expect(desk.getByRole('heading', { name: 'My desk: Desk 1' })).toBeVisible();
  await desk.keyboard.press('Alt+x');
  await expect(desk.getByRole('heading', { name: /Ticket A001: Called/ })).toBeVisible();

  // The board shows it, says it to screen readers and sounds it.
  await expect(screen.getByTestId('display-latest')).toHaveText('Ticket A001please go to Desk 1');
  await expect(screen.locator('[aria-live="assertive"]')).toHaveText(
    'Ticket A001, please go to Desk 1.',
  );
  await expect.poll(() => tonesOf(screen)).toBe(2);

  // No sign-out, no menu, no names, no warning markers.
  await expect(screen.getByRole('button')).toHaveCount(0);
  await expect(screen.getByRole('navigation')).toHaveCount(0);
  const shown = await screen.locator('body').innerText();
  for (const words of ['Ann Visitor', 'Sign out', adviserName, adminName, '⚠'])
    expect(shown).not.toContain(words);

  // Idle far past the 5-minute lock: still the board, never "Locked for".
  await screen.clock.fastForward('30:00');
  await expect(screen.getByTestId('display-latest')).toContainText('A001');
  await expect(screen.getByText(/locked/i)).toHaveCount(0);
  await expect(screen.getByRole('dialog')).toHaveCount(0);

  await expectAccessible(screen, 'the waiting-area board');

  // The back end stops answering: the last board stays, with a note, and recovers by itself.
  await screen.route('**/api/call/display.board', (route) => route.abort());
  await expect(screen.getByRole('status')).toHaveText(/Reconnecting…/);
  await expect(screen.getByTestId('display-latest')).toContainText('A001');
  await screen.unroute('**/api/call/display.board');
  await expect(screen.getByRole('status')).toHaveCount(0);

  // With the sound turned off, the next call is shown and announced but not sounded.
  await setup.getByLabel('Sound on each new call at Town Hall One Stop Shop').uncheck();
  await expect(
    setup.getByLabel('Sound on each new call at Town Hall One Stop Shop'),
  ).not.toBeChecked();
  await desk.keyboard.press('Alt+3');
  await checkIn(desk, 'Council Tax', 'Bob Visitor');
  await expect(desk.getByTestId('issued-ticket')).toHaveText('A002');
  // Ann did not answer; Desk 1 calls the next visitor.
  await desk.keyboard.press('Alt+4');
  await desk.getByRole('button', { name: 'Did not answer' }).click();
  await expect(desk.getByRole('button', { name: /Call next visitor/ })).toBeVisible();
  await desk.keyboard.press('Alt+x');
  await expect(desk.getByRole('heading', { name: /Ticket A002: Called/ })).toBeVisible();
  await expect(screen.getByTestId('display-latest')).toContainText('A002');
  await expect(screen.getByRole('cell', { name: 'A001' })).toBeVisible();
  await expect(screen.locator('[aria-live="assertive"]')).toHaveText(
    'Ticket A002, please go to Desk 1.',
  );
  expect(await tonesOf(screen)).toBe(2);
  await expectAccessible(screen, 'the waiting-area board with earlier calls');
  mkdirSync('/tmp/shots', { recursive: true });
  await screen.screenshot({ path: '/tmp/shots/display-board.png' });

  // Staff's own "Now calling display" points to the kiosk.
  await desk.keyboard.press('Alt+5');
  await expect(desk.getByTestId('kiosk-pointer')).toContainText('Waiting-area display');

  // Withdrawn, the key shows nothing more.
  await setup.getByRole('button', { name: 'Withdraw the key for Town Hall waiting area' }).click();
  await expect(setup.getByText(/^Withdrawn /)).toBeVisible();
  await expect(screen.getByRole('alert')).toContainText('withdrawn');
  await expect(screen.getByText('A002')).toHaveCount(0);
});
