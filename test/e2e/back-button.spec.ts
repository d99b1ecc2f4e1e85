// Browser mode keeps the app's own history (issue 19): Back and Forward move between the
// screens an adviser opened, and never leave the app for the page before it.
import { expect, signIn, test } from './fixtures';

test('Back and Forward move between screens', async ({ page, host }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await page.goto(host.url);
  await signIn(page);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Record a contact');
  await page.keyboard.press('Alt+2');
  await expect(heading).toHaveText('My contacts today');
  await page.keyboard.press('Alt+7');
  await expect(heading).toHaveText('Customers');

  await page.goBack();
  await expect(heading).toHaveText('My contacts today');
  await page.goBack();
  await expect(heading).toHaveText('Record a contact');
  await expect(page).toHaveURL(host.url + '/');
  await page.goForward();
  await expect(heading).toHaveText('My contacts today');
  await expect(page.getByTestId('signed-in')).toBeVisible();
});
