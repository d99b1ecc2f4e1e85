// A council switching the app on: the new data folder asks for the council, its first site
// and its first administrator, refuses a weak password saying why, and then signs the
// administrator in (go-live issue, item 1). Trying it with demo data instead marks every
// screen "not for real use". Every view passes axe.
import { expect, expectAccessible, signIn, test } from './fixtures';

test.use({ freshDataFolder: true });

test('a new council sets itself up and its administrator signs in', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(
    page.getByRole('heading', { name: 'Set up Council Contact', level: 1 }),
  ).toBeVisible();
  // Nothing can sign in yet, and no account or password is shown anywhere.
  await expect(page.getByText('demo1234')).toHaveCount(0);
  await expect(page.getByLabel('Council name')).toBeFocused();
  await expectAccessible(page, 'first run');

  await page.keyboard.type('Halton Borough Council');
  await page.getByLabel('First site').fill('Runcorn Direct Link');
  await page.getByLabel('Full name').fill('Priya Shah');
  await page.getByLabel('Username').fill('pshah');
  await page.getByLabel('Password', { exact: true }).fill('password1234');
  await page.getByLabel('Password again').fill('password1234');
  await page.getByRole('button', { name: 'Set up the council' }).click();
  // A password on the common list is refused, in words, and the summary links to the field.
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The council could not be set up');
  await expect(summary).toContainText('one of the most commonly used');
  await expectAccessible(page, 'first run with a refused password');
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();

  await page.getByLabel('Password', { exact: true }).fill('kettle orbit saffron');
  await page.getByLabel('Password again').fill('kettle orbit saffron');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in')).toHaveText(
    'Priya Shah (Administrator) at Runcorn Direct Link',
  );
  await expect(page.getByText('Halton Borough Council')).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);

  // Signed out, the sign-in screen lists no accounts; the administrator signs in again.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Demo accounts/ })).toHaveCount(0);
  await signIn(page, 'pshah', 'kettle orbit saffron');
  await expectAccessible(page, 'the administrator signed in');
});

test('trying it with demo data marks every screen as not for real use', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Try it with demo data' }).click();
  await expect(page.getByRole('heading', { name: /Demo accounts/ })).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toHaveText(
    'Demo data: not for real use. Everyone can read the demo accounts’ password.',
  );
  await expectAccessible(page, 'sign-in on the demo council');
  await signIn(page, 'adviser', 'demo1234');
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expectAccessible(page, 'a screen of the demo council');
});
