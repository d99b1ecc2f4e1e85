// Issue 19, "wrong customer": an adviser searches by William Edwards' council reference among
// two dozen Grays and Enter opens William, the result marked as the exact match in words;
// on Record a contact the picker finds him the same way and is empty again after the save,
// so the next caller is not linked to him; and a record that would duplicate him asks first.
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { DATABASE_FILE_NAME } from '../../db/open';
import { signedIn } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';
import type { RunningHost } from './host';

const NOW = new Date('2026-11-23T10:00:00Z'); // a Monday; 10:00 in London (GMT)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

/** Twenty-four Grays and William Edwards, whose reference came from the council's systems. */
async function register(host: RunningHost): Promise<void> {
  const colleague = await signedIn(host, 'adviser2');
  for (const firstName of ['Emma', 'Oliver', 'Amelia', 'Harry', 'Isla', 'Jack'])
    for (const postcode of ['WA8 7QA', 'WA7 2GW', 'L35 1QP', 'WA8 0TX'])
      await colleague.call('customers.create', { firstName, lastName: 'Gray', postcode });
  const william = await colleague.call('customers.create', {
    firstName: 'William',
    lastName: 'Edwards',
    postcode: 'WA6 0AB',
  });
  // No screen sets a council reference (they are imported); written as an import would.
  const sqlite = new SQLite(join(host.dataDir, DATABASE_FILE_NAME));
  sqlite.pragma('busy_timeout = 5000');
  sqlite
    .prepare('update customers set council_reference = ? where id = ?')
    .run('CR10000003', william.id);
  sqlite.close();
}

test('a council reference finds its customer first, and the picker is empty after a save', async ({
  page,
  host,
}) => {
  await register(host);
  await page.goto(host.url);
  await signIn(page);

  // Customers: the reference typed, Enter opens William, not a Gray.
  await page.keyboard.press('Alt+7');
  await page.getByLabel('Name, postcode, phone, email or reference').fill('CR10000003');
  const first = page.getByTestId('customer-result').first();
  await expect(first).toContainText('William Edwards');
  await expect(first.getByTestId('exact-match')).toHaveText('Exact match: council reference');
  await expect(page.getByTestId('exact-match')).toHaveCount(1);
  await expect(page.getByTestId('customer-result').filter({ hasText: 'Gray' })).toHaveCount(0);
  await expectAccessible(page, 'customer search by reference');
  await page.getByLabel('Name, postcode, phone, email or reference').press('Enter');
  await expect(page.getByRole('heading', { name: 'William Edwards', level: 1 })).toBeVisible();

  // Record a contact: the picker finds him by the reference and Enter links him.
  await page.keyboard.press('Alt+1');
  const form = page.locator('form.contact-form');
  const finder = form.getByLabel('Find a customer record');
  await finder.fill('cr10000003');
  await expect(
    form.getByRole('button', { name: 'William Edwards, WA6 0AB (Exact match: council reference)' }),
  ).toBeVisible();
  await expectAccessible(page, 'customer picker with an exact match');
  await finder.press('Enter');
  await expect(form.getByText('Customer: William Edwards, WA6 0AB')).toBeVisible();

  await page.locator('#record-channel').selectOption({ label: 'Telephone' });
  await page.locator('#record-serviceId').selectOption({ label: 'Council Tax' });
  await page.locator('#record-interactionTypeId').selectOption({ label: 'Providing information' });
  await page.locator('#record-customerTypeId').selectOption({ label: 'Citizen' });
  await page.locator('#record-outcome').selectOption({ label: 'Resolved at first contact' });
  await page.locator('#record-notes').fill('Asked when the next bill is due.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.panel .confirmation')).toContainText(
    'Saved: Telephone contact about Council Tax',
  );

  // The next caller: the picker is empty, and Enter in it links nobody.
  await expect(finder).toHaveValue('');
  await expect(form.getByRole('list', { name: 'Matching customers' })).toHaveCount(0);
  await finder.press('Enter');
  await expect(form.getByText('Customer: William Edwards')).toHaveCount(0);
  await expectAccessible(page, 'record a contact after a save');
});

test('creating a record that matches one already held asks first', async ({ page, host }) => {
  await register(host);
  await page.goto(host.url);
  await signIn(page);

  // In the picker: the adviser sees William's record and uses it; nothing new is made.
  const form = page.locator('form.contact-form');
  await form.getByRole('button', { name: 'New customer record' }).click();
  await form.getByLabel('First name', { exact: true }).fill('William');
  await form.getByLabel('Last name').fill('Edwards');
  await form.getByLabel('Postcode', { exact: true }).fill('wa6 0ab');
  await form.getByRole('button', { name: 'Create record' }).click();
  const asked = form.getByTestId('possible-duplicates');
  await expect(asked).toContainText('We may already have a record for this person.');
  await expect(asked.getByTestId('possible-duplicate')).toHaveCount(1);
  await expect(asked.getByTestId('possible-duplicate')).toContainText(
    'William Edwards, WA6 0AB Why: same name and postcode.',
  );
  await expectAccessible(page, 'possible duplicate in the picker');
  // The keyboard is on the record offered: Enter uses it.
  const use = asked.getByRole('button', { name: 'Use this record (William Edwards)' });
  await expect(use).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByText('Customer: William Edwards, WA6 0AB')).toBeVisible();

  // On Customers: a different William Edwards at the same postcode is made on confirmation.
  await page.keyboard.press('Alt+7');
  await page.getByRole('button', { name: 'New customer record' }).click();
  await page.getByLabel('First name', { exact: true }).fill('William');
  await page.getByLabel('Last name').fill('Edwards');
  await page.getByLabel('Postcode', { exact: true }).fill('WA6 0AB');
  await page.getByRole('button', { name: 'Create record' }).click();
  await expect(page.getByTestId('possible-duplicate')).toHaveCount(1);
  await expectAccessible(page, 'possible duplicate on Customers');
  await page.getByRole('button', { name: 'Create a new record anyway' }).click();
  await expect(page.getByRole('heading', { name: 'William Edwards', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: '← Back to search' }).click();
  await page.getByLabel('Name, postcode, phone, email or reference').fill('WA6 0AB');
  await expect(page.getByTestId('customer-result')).toHaveCount(2);
  await expect(page.getByTestId('exact-match')).toHaveText([
    'Exact match: postcode',
    'Exact match: postcode',
  ]);
});
