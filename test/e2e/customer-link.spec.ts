// A customer typed once: reception creates the record at check-in, and the inbox finds the
// same record by a partial postcode when their email arrives.
import { expect, expectAccessible, signIn, test } from './fixtures';

test('a customer record made at reception is found again in the inbox', async ({ page, host }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+3');
  const checkIn = page.locator('form.check-in');
  await checkIn.getByLabel('Service wanted').selectOption({ label: 'Council Tax' });
  await checkIn.getByRole('button', { name: 'New customer record' }).click();
  await checkIn.getByLabel('First name').fill('Maria');
  await checkIn.getByLabel('Last name').fill('Kowalska');
  await checkIn.getByLabel('Postcode').fill('wa8 7qa');
  await checkIn.getByRole('button', { name: 'Create record' }).click();
  await expect(checkIn.getByText('Customer: Maria Kowalska, WA8 7QA')).toBeVisible();
  await expect(checkIn.getByLabel('Name to call')).toHaveValue('Maria Kowalska');
  await expectAccessible(page, 'check-in with a new customer');
  await checkIn.getByRole('button', { name: 'Check in and give a ticket' }).click();
  await expect(page.locator('[data-testid="visit-row"][data-ticket="A001"]')).toContainText(
    'Maria Kowalska',
  );

  await page.keyboard.press('Alt+6');
  await page.getByLabel('Came in by').selectOption({ label: 'Email' });
  await page.locator('#log-serviceId').selectOption({ label: 'Council Tax' });
  await page.getByLabel('Subject').fill('Single person discount');
  await page.getByLabel('Find a customer record').fill('WA8 7');
  await page.getByRole('button', { name: 'Maria Kowalska, WA8 7QA' }).click();
  await page.getByRole('button', { name: 'Log item' }).click();
  // Mon 23 Nov + 10 working days: Mon 7 December.
  await expect(page.getByTestId('logged')).toHaveText(
    '✓ Logged C-2026-000001: a full reply is due by Monday 7 December 2026.',
  );
  await expect(page.getByTestId('item-row')).toContainText('Maria Kowalska');
});
