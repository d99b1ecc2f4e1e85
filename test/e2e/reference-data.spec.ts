// An administrator keeps the council's lists (issue 18, item 3): adds a service by keyboard
// and it is in an adviser's pick-lists at once; a name already used is refused in words;
// the adviser logs an enquiry about it; the administrator retires it and it leaves the
// adviser's pick-lists without them signing in again, while the contact they logged still
// shows its name. Reinstating brings it back. Every view passes axe.
import { expect, expectAccessible, signIn, test } from './fixtures';

const NOW = new Date('2026-11-23T10:00:00Z');
const SERVICE = 'Garden Waste Subscriptions';

test('an administrator adds a service, an adviser uses it, and retiring it keeps old records', async ({
  page,
  browser,
  host,
}) => {
  await page.clock.setFixedTime(NOW);
  await page.goto(host.url);
  await signIn(page, 'admin', 'demo1234');
  await page.keyboard.press('Alt+j');
  await expect(page.getByRole('heading', { name: 'Council lists', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /Town Hall One Stop Shop/ })).toContainText('In use');
  await expectAccessible(page, 'council lists: sites');

  // Services, then the add form by keyboard: name, department, Enter.
  await page.getByRole('button', { name: /^Services/ }).click();
  await expect(page.getByRole('heading', { name: 'Services', level: 2 })).toBeVisible();
  await page.getByLabel('Service name').fill(SERVICE);
  await page
    .getByLabel('Department that runs it')
    .selectOption({ label: 'Waste and Street Scene' });
  await page.getByLabel('Service name').press('Enter');
  await expect(page.locator('.confirmation')).toHaveText(`✓ ${SERVICE} is added and in use.`);
  const row = page.getByRole('row', { name: new RegExp(SERVICE) });
  await expect(row).toContainText('Waste and Street Scene');
  await expect(row).toContainText('In use');
  await expectAccessible(page, 'council lists: a service added');

  // A name the list already has, in another case, is refused and linked to its field.
  await page.getByLabel('Service name').fill('council tax');
  await page.getByLabel('Department that runs it').selectOption({ label: 'Revenues' });
  await page.getByRole('button', { name: 'Add service' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The service was not added');
  await expect(summary).toContainText('There is already a service called Council Tax.');
  await expect(summary).toBeFocused();
  await expectAccessible(page, 'council lists: a duplicate refused');

  // An adviser at another desk has it in the pick-lists and logs an enquiry about it.
  const adviser = await (await browser.newContext()).newPage();
  await adviser.clock.setFixedTime(NOW);
  await adviser.goto(host.url);
  await signIn(adviser, 'adviser', 'demo1234');
  const fullFormService = adviser.locator('#record-serviceId');
  await expect(fullFormService.locator('option', { hasText: SERVICE })).toHaveCount(1);
  const quickService = adviser.locator('#quick-service');
  await quickService.selectOption({ label: SERVICE });
  await quickService.press('Enter');
  await expect(adviser.locator('.quick-log .confirmation')).toContainText(
    `Logged: Telephone enquiry about ${SERVICE}, resolved`,
  );

  // The administrator retires it; focus stays on the button, which now offers reinstating.
  await row.getByRole('button', { name: `Retire ${SERVICE}` }).click();
  await expect(page.locator('.confirmation')).toHaveText(
    `✓ ${SERVICE} is retired: it has left the pick-lists and stays on the records that used it.`,
  );
  await expect(row).toContainText('Retired');
  await expect(row.getByRole('button', { name: `Reinstate ${SERVICE}` })).toBeFocused();
  await expectAccessible(page, 'council lists: a service retired');

  // It leaves the adviser's pick-lists without them signing in again...
  await expect(fullFormService.locator('option', { hasText: SERVICE })).toHaveCount(0);
  await expect(quickService.locator('option', { hasText: SERVICE })).toHaveCount(0);
  // ...and the enquiry they logged still shows its name.
  await adviser.keyboard.press('Alt+2');
  await expect(adviser.getByRole('heading', { name: 'My contacts today' })).toBeVisible();
  await expect(adviser.getByRole('row', { name: new RegExp(SERVICE) })).toHaveCount(1);

  // Reinstated by keyboard, it is back for the adviser too.
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toHaveText(
    `✓ ${SERVICE} is in use again: it is back in the pick-lists.`,
  );
  await expect(row).toContainText('In use');
  await adviser.keyboard.press('Alt+1');
  await expect(adviser.locator('#record-serviceId option', { hasText: SERVICE })).toHaveCount(1);
  await adviser.context().close();
});

test('a department that still runs services is not retired, and says which', async ({
  page,
  host,
}) => {
  await page.clock.setFixedTime(NOW);
  await page.goto(host.url);
  await signIn(page, 'admin', 'demo1234');
  await page.keyboard.press('Alt+j');
  await page.getByRole('button', { name: /^Departments/ }).click();
  const revenues = page.getByRole('row', { name: /^Revenues/ });
  await revenues.getByRole('button', { name: 'Retire Revenues' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    '⚠ Revenues still runs 2 services in use: Business Rates and Council Tax. Retire those services first.',
  );
  await expect(revenues).toContainText('In use');

  // Renaming in the row: Escape puts it back, Enter saves.
  await revenues.getByRole('button', { name: 'Rename Revenues' }).click();
  const newName = page.getByLabel('New name for Revenues');
  await expect(newName).toBeFocused();
  await newName.press('Escape');
  await expect(page.getByRole('button', { name: 'Rename Revenues' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('New name for Revenues').fill('Revenues and Recovery');
  await page.getByLabel('New name for Revenues').press('Enter');
  await expect(page.locator('.confirmation')).toHaveText(
    '✓ Revenues is now called Revenues and Recovery.',
  );
  await expect(page.getByRole('button', { name: 'Rename Revenues and Recovery' })).toBeFocused();
  await expectAccessible(page, 'council lists: departments');
});
