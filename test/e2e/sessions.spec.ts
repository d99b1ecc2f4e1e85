// A desk left signed in: after a working day (10 hours, a setting) the session ends whatever
// the activity, and the sign-in screen says why rather than just appearing (go-live issue,
// item 5). The screen passes axe.
import { setHostClock } from './host';
import { expect, expectAccessible, signIn, test } from './fixtures';

const MORNING = '2026-11-23T08:00:00Z'; // Monday 08:00 in London (GMT)
test.use({ hostClock: MORNING });

test('a session ends after a working day, and the sign-in screen says why', async ({
  page,
  host,
}) => {
  await page.clock.setFixedTime(new Date(MORNING));
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'My contacts today', level: 1 })).toBeVisible();

  // 18:01: the next call finds the session over.
  await setHostClock(host, '2026-11-23T18:01:00Z');
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByTestId('signed-out-because')).toContainText('10 hours');
  await expectAccessible(page, 'signed out after a working day');

  // Signing in again starts a new day's session; the notice goes.
  await signIn(page);
  await expect(page.getByTestId('signed-out-because')).toHaveCount(0);
});
