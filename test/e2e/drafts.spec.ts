// Nothing lost on the way (issue 19): a half-typed contact and a half-typed letter are kept
// as drafts, so a refresh brings them back; saving forgets the draft.
import { expect, expectAccessible, signIn, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
});

test('a half-typed contact comes back after a refresh, and goes once saved', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);
  await page.locator('#record-channel').selectOption({ label: 'Telephone' });
  await page.locator('#record-serviceId').selectOption({ label: 'Council Tax' });
  const kept = page.waitForResponse('**/api/call/drafts.save');
  await page.locator('#record-notes').fill('Asked about a single person discount.');
  await kept;

  await page.reload();
  await expect(page.getByTestId('draft-restored')).toContainText(
    'Brought back from your draft, kept at 10:00.',
  );
  await expect(page.locator('#record-channel')).toHaveValue('telephone');
  await expect(page.locator('#record-notes')).toHaveValue('Asked about a single person discount.');
  await expectAccessible(page, 'contact form brought back from its draft');

  await page.locator('#record-interactionTypeId').selectOption({ label: 'Providing information' });
  await page.locator('#record-customerTypeId').selectOption({ label: 'Citizen' });
  await page.locator('#record-outcome').selectOption({ label: 'Resolved at first contact' });
  await page.locator('#record-endTime').fill('10:00');
  const discarded = page.waitForResponse('**/api/call/drafts.discard');
  await page.getByRole('button', { name: /Save contact/ }).click();
  await discarded;
  await page.reload();
  await expect(page.getByTestId('signed-in')).toBeVisible();
  await expect(page.locator('#record-notes')).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('a half-typed letter comes back after a refresh, and can be discarded', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+6');
  await page.keyboard.press('Alt+g');
  await page.getByLabel('Came in by').selectOption({ label: 'Letter' });
  const kept = page.waitForResponse('**/api/call/drafts.save');
  await page.getByLabel('Subject').fill('Disputes the bill');
  await kept;

  // The reload comes back to the letters screen, with the letter as it was typed.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Letters, emails and forms' })).toBeVisible();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByLabel('Subject')).toHaveValue('Disputes the bill');
  await expect(page.getByLabel('Came in by')).toHaveValue('letter');
  await page.getByRole('button', { name: 'Discard the draft' }).click();
  await expect(page.getByLabel('Subject')).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});
