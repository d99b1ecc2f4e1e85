// Nothing recorded twice (issue 19): the contact reaches the back end but its answer is lost
// on the way back, three times over, so the window says the back end did not answer. Saving
// again sends the same id, so the adviser gets the first save's answer and one contact.
import { signedIn } from './api';
import { expect, signIn, test } from './fixtures';

test('a save whose answer was lost, saved again, records one contact', async ({ page, host }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  let lost = 0;
  await page.route('**/api/call/contacts.quickLog', async (route) => {
    if (lost >= 3) return route.continue();
    lost += 1;
    await route.fetch(); // the back end saves it...
    await route.abort('connectionreset'); // ...and the answer never arrives
  });

  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+q');
  await page.locator('#quick-service').selectOption({ label: 'Council Tax' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('did not answer');
  expect(lost).toBe(3); // the first try and the window's own two retries

  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toContainText('Council Tax, resolved');

  const adviser = await signedIn(host, 'adviser');
  const today = await adviser.call('contacts.mineToday', {});
  expect(today.contacts).toHaveLength(1);
});
