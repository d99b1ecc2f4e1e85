// Anyone changes their own password (go-live issue, item 2), and a waiting-area display
// account shows the now-calling board and nothing else.
import { signedIn } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';

const NOW = new Date('2026-11-23T10:00:00Z'); // Monday, 10:00 in London (GMT)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('an adviser changes their own password and signs in with it', async ({ page, host }) => {
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+P');
  const form = page.getByRole('form', { name: 'Change my password' });
  await form.getByLabel('Current password').fill('demo1234');
  await form.getByLabel('New password', { exact: true }).fill('short');
  await form.getByLabel('New password again').fill('short');
  await form.getByRole('button', { name: 'Change my password' }).click();
  await expect(form.getByRole('alert')).toContainText('Your password was not changed');
  await expect(form.getByRole('alert')).toContainText('12 characters');
  await expectAccessible(page, 'my password, refused');

  await form.getByLabel('New password', { exact: true }).fill('marble orchard kestrel');
  await form.getByLabel('New password again').fill('marble orchard kestrel');
  await form.getByRole('button', { name: 'Change my password' }).click();
  await expect(page.getByRole('main').getByText('Your password has been changed.')).toBeVisible();
  await expect(form.getByLabel('Current password')).toHaveValue('');
  await expectAccessible(page, 'my password, changed');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Username').fill('adviser');
  await page.getByLabel('Password').fill('demo1234');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await signIn(page, 'adviser', 'marble orchard kestrel');
});

test('a waiting-area display shows the tickets called and nothing else', async ({ page, host }) => {
  const admin = await signedIn(host, 'admin');
  const ids = await admin.ids();
  const marketStreet = ids.site('Market Street One Stop Shop');
  const display = await admin.call('staff.add', {
    displayName: 'Market Street foyer screen',
    username: 'market-foyer',
    role: 'display',
    siteId: marketStreet,
  });

  await page.goto(host.url);
  await page.getByLabel('Username').fill('market-foyer');
  await page.getByLabel('Password').fill(display.oneTimePassword);
  await page.keyboard.press('Enter');
  await page.getByLabel('One-time password').fill(display.oneTimePassword);
  await page.getByLabel('New password', { exact: true }).fill('amber tram viaduct');
  await page.getByLabel('New password again').fill('amber tram viaduct');
  await page.getByRole('button', { name: 'Save my password and carry on' }).click();

  await expect(
    page.getByRole('heading', { name: 'Now calling at Market Street One Stop Shop' }),
  ).toBeVisible();
  await expect(page.getByText('Please wait to be called.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByTestId('signed-in')).toHaveText(
    'Waiting-area display at Market Street One Stop Shop',
  );

  // A visitor is called at a desk there: the ticket and desk appear, never the name.
  const adviser = await signedIn(host, 'adviser');
  await adviser.call('queue.checkIn', {
    siteId: marketStreet,
    serviceId: ids.service('Council Tax'),
    customerName: 'Gwen Roberts',
  });
  const desk = await adviser.call('desks.open', {
    siteId: marketStreet,
    name: 'Desk 3',
    serviceIds: [],
  });
  await adviser.call('queue.callNext', { deskId: desk.id });
  await expect(page.getByTestId('now-calling')).toContainText('please go to Desk 3');
  await expect(page.getByText('Gwen Roberts')).toHaveCount(0);
  await expectAccessible(page, 'waiting-area display');
  await page.screenshot({ path: test.info().outputPath('display.png'), fullPage: true });
});
