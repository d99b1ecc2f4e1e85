// Voiding a contact recorded in error (issue 19): an adviser records two contacts, voids one
// from My contacts today (Alt+2) by keyboard, through the confirm step with a reason, and
// sees it struck through with "Void" and the reason, out of their FCR and in its history.
import { setHostClock } from './host';
import { expect, expectAccessible, signIn, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z')); // a Monday, 10:00 in London
});

test('voids a contact with a reason, and shows it struck through and out of the figures', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);
  // 10:00: a quick-logged phone enquiry, resolved.
  // Choices are picked by label: type-to-select in a list forgets keys after a second, which a
  // busy machine can exceed (keyboard.spec.ts covers typing into the lists).
  await page.keyboard.press('Alt+q');
  await page.locator('#quick-service').selectOption({ label: 'Council Tax' });
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toContainText('Council Tax, resolved');

  // 10:05: a face-to-face contact handed off, recorded in error.
  await setHostClock(host, '2026-11-23T10:05:00Z');
  await page.clock.setFixedTime(new Date('2026-11-23T10:05:00Z'));
  await page.keyboard.press('Alt+n');
  await expect(page.locator('#record-channel')).toBeFocused();
  await page.locator('#record-channel').selectOption({ label: 'Face to face' });
  await page
    .locator('#record-serviceId')
    .selectOption({ label: 'Housing Benefit and Council Tax Reduction' });
  await page
    .locator('#record-interactionTypeId')
    .selectOption({ label: 'Change of circumstances' });
  await page.locator('#record-customerTypeId').selectOption({ label: 'Citizen' });
  await page.locator('#record-outcome').selectOption({ label: 'Handed off to a department' });
  await page.locator('#record-startTime').fill('10:05');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.panel .confirmation')).toContainText('handed off to a department');

  await page.keyboard.press('Alt+2');
  const rows = page.getByTestId('contact-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('fcr-value')).toHaveText('50%');

  // Changing one's mind: Escape closes the confirm step and gives the focus back.
  const voidOther = page.getByRole('button', { name: 'Void the 10:00 contact' });
  await voidOther.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Why is this contact void?')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Why is this contact void?')).toBeHidden();
  await expect(voidOther).toBeFocused();

  // The confirm step: what voiding does, and why it is void (too short a reason is refused).
  await page.getByRole('button', { name: 'Void the 10:05 contact' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Void the 10:05 contact about Housing Benefit' });
  await expect(form).toContainText('leaves every figure');
  const reason = form.getByLabel('Why is this contact void?');
  await expect(reason).toBeFocused();
  await page.keyboard.type('oops');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Void the contact' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form).toContainText('Say why the contact is void, in at least 5 characters');
  await expect(reason).toBeFocused();
  await expectAccessible(page, 'void a contact: the confirm step');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Recorded for the wrong customer.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expect(form).toBeHidden();
  const voided = rows.nth(1);
  await expect(voided.getByTestId('void-mark')).toContainText('Void');
  await expect(voided).toContainText('Reason: Recorded for the wrong customer.');
  await expect(voided).toContainText('Voided by Amina Khan');
  await expect(voided.locator('td').nth(2)).toHaveCSS('text-decoration-line', 'line-through');
  await expect(voided.getByRole('button', { name: /Correct|Void/ })).toHaveCount(0);
  await expect(rows.nth(0).getByTestId('void-mark')).toHaveCount(0);
  await expect(rows.nth(0).locator('td').nth(2)).toHaveCSS('text-decoration-line', 'none');
  // Out of the figure: 1 of 1 completed contacts resolved.
  await expect(page.getByTestId('fcr-value')).toHaveText('100%');
  await expect(page.getByText('1 of 1 completed contacts resolved at first contact')).toBeVisible();
  const history = page.getByRole('button', { name: 'History of the 10:05 contact' });
  await expect(history).toBeFocused();
  await expectAccessible(page, 'my contacts today, one void');

  await page.keyboard.press('Enter');
  const panel = page.locator('.history');
  await expect(panel).toContainText('Void');
  await expect(panel).toContainText('Reason: Recorded for the wrong customer.');
  await expect(panel).toContainText('10:05 voided by Amina Khan');
  await expect(panel.locator('li.struck')).toContainText('10:05 recorded by Amina Khan');
  await expectAccessible(page, 'a void contact’s history');
});
