// Who looked at this record (go-live issue, item 7): two advisers search for a customer and
// open her record; the team leader opens it too and reads who looked, when and where.
import { signedIn } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';

const NOW = new Date('2026-11-23T10:00:00Z'); // Monday, 10:00 in London (GMT)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('a team leader reads who looked at a customer record', async ({ page, host }) => {
  const adviser = await signedIn(host, 'adviser');
  const customer = await adviser.call('customers.create', {
    firstName: 'Marta',
    lastName: 'Lindqvist',
    postcode: 'WA8 7QA',
  });
  await adviser.call('customers.find', { query: 'Lindqvist' });
  await adviser.call('customers.view', { id: customer.id });
  const colleague = await signedIn(host, 'adviser2');
  await colleague.call('customers.view', { id: customer.id });

  await page.goto(host.url);
  await signIn(page, 'teamleader');
  await page.keyboard.press('Alt+7');
  await page.getByLabel('Name, postcode, phone, email or reference').fill('Lindqvist');
  await page.getByRole('button', { name: 'Marta Lindqvist' }).click();
  await expect(page.getByRole('heading', { name: 'Marta Lindqvist', level: 1 })).toBeFocused();

  const panel = page.getByRole('region', { name: 'Who looked at this record' });
  await panel.getByRole('button', { name: 'Show who looked at this record' }).click();
  const rows = panel.getByTestId('record-access').locator('tbody tr');
  await expect(panel.getByText('Every look at this record (3), newest first')).toBeVisible();
  await expect(rows).toHaveCount(3);
  // The leader's own opening is the newest; the advisers' follow, each with the site.
  await expect(rows.nth(0)).toContainText('Opened the record');
  await expect(rows.nth(1)).toContainText('Opened the record');
  await expect(rows.nth(2)).toContainText('Opened the record');
  const names = await rows.locator('td:nth-child(2)').allTextContents();
  expect(new Set(names).size).toBe(3);
  await expectAccessible(page, 'who looked at this record');
  await page.screenshot({ path: test.info().outputPath('record-access.png'), fullPage: true });
});

test('an adviser does not see who looked at a record', async ({ page, host }) => {
  const leader = await signedIn(host, 'teamleader');
  await leader.call('customers.create', { firstName: 'Nia', lastName: 'Pritchard' });
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+7');
  await page.getByLabel('Name, postcode, phone, email or reference').fill('Pritchard');
  await page.getByRole('button', { name: 'Nia Pritchard' }).click();
  await expect(page.getByRole('heading', { name: 'Nia Pritchard', level: 1 })).toBeFocused();
  await expect(page.getByText('No contacts yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Who looked at this record' })).toHaveCount(0);
});
