// An administrator runs the council's staff accounts (go-live issue, item 2): adds an adviser
// and reads out the one-time password; the adviser signs in with it, must choose their own
// (a weak one is refused in words) and then works as usual; later the administrator retires
// the account and it can no longer sign in. Every view passes axe.
import { expect, expectAccessible, signIn, test } from './fixtures';
import { setHostClock } from './host';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
});

test('an administrator adds an adviser, who chooses a password, and later retires them', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page, 'admin', 'demo1234');
  await page.keyboard.press('Alt+m');
  await expect(page.getByRole('heading', { name: 'Staff accounts', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Full name')).toBeFocused();
  await expect(page.getByRole('row', { name: /Amina Khan/ })).toContainText('Active');
  await expectAccessible(page, 'staff accounts');

  // By keyboard: name, username, role, site, team, Enter.
  await page.keyboard.type('Grace Okafor');
  await page.keyboard.press('Tab');
  await page.keyboard.type('gokafor');
  await page.getByLabel('Usual site').selectOption({ label: 'Contact Centre' });
  await page.getByLabel('Team (optional)').fill('Contact Centre');
  await page.keyboard.press('Enter');
  const issued = page.getByRole('region', { name: 'One-time password for Grace Okafor' });
  await expect(issued).toBeFocused();
  await expect(issued).toContainText(
    'Give this password to Grace Okafor (username gokafor); they must choose their own when they first sign in.',
  );
  const oneTimePassword = (await page.getByTestId('one-time-password').textContent())!;
  expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await expect(page.getByRole('row', { name: /Grace Okafor/ })).toContainText(
    'Active: has a one-time password',
  );
  await expectAccessible(page, 'staff accounts with a one-time password');

  // A username someone has is refused, in words, linked to the field.
  await page.getByLabel('Full name').fill('Grace Other');
  await page.getByLabel('Username').fill('GOKAFOR');
  await page.getByLabel('Usual site').selectOption({ label: 'Contact Centre' });
  await page.getByRole('button', { name: 'Add and make a one-time password' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Someone already has the username gokafor. Choose another.',
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  // The adviser signs in with the one-time password and must choose their own first.
  await page.getByLabel('Username').fill('gokafor');
  await page.getByLabel('Password', { exact: true }).fill(oneTimePassword);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await expect(page.getByLabel('One-time password')).toBeFocused();
  await expectAccessible(page, 'choose your own password');
  await page.keyboard.type(oneTimePassword);
  await page.getByLabel('New password', { exact: true }).fill('short one');
  await page.getByLabel('New password again').fill('short one');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Use at least 12 characters');
  await expectAccessible(page, 'choose your own password, refused');
  await page.getByLabel('New password', { exact: true }).fill('harbour violet tandem');
  await page.getByLabel('New password again').fill('harbour violet tandem');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in')).toHaveText(
    'Grace Okafor (Adviser) at Contact Centre',
  );

  // Now the app works: a quick log.
  await page.keyboard.press('Alt+q');
  await expect(page.getByLabel('Service').first()).toBeFocused();
  await page.keyboard.type('Council');
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toContainText(
    'Logged: Telephone enquiry about Council Tax, resolved',
  );
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Later the administrator retires the account, after confirming.
  await signIn(page, 'admin', 'demo1234');
  await page.keyboard.press('Alt+m');
  await page.getByRole('button', { name: 'Retire Grace Okafor' }).click();
  await expect(page.getByRole('button', { name: 'Yes, retire Grace Okafor' })).toBeFocused();
  await expectAccessible(page, 'retiring an account');
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toHaveText(
    '✓ Grace Okafor’s account is retired: they can no longer sign in.',
  );
  await expect(page.getByRole('row', { name: /Grace Okafor/ })).toContainText(
    'Retired: cannot sign in',
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await page.getByLabel('Username').fill('gokafor');
  await page.getByLabel('Password', { exact: true }).fill('harbour violet tandem');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('That username and password do not match.');
  await expect(page.getByTestId('signed-in')).toHaveCount(0);
});

test('an administrator sees an account locked by wrong passwords and unlocks it', async ({
  page,
  host,
}) => {
  // Ten wrong passwords for Amina, each once the wait after the last is over (the host's
  // clock moves a minute between them).
  for (let i = 0; i < 10; i += 1) {
    await setHostClock(
      host,
      new Date(Date.parse('2026-11-23T10:00:00Z') + i * 60_000).toISOString(),
    );
    const answer = await fetch(`${host.url}/api/call/auth.signIn`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: host.url },
      body: JSON.stringify({ input: { username: 'adviser', password: 'not her password' } }),
    });
    expect(answer.status).toBe(401);
  }
  await setHostClock(host, '2026-11-23T10:10:00Z');
  await page.goto(host.url);
  await signIn(page, 'admin', 'demo1234');
  await page.keyboard.press('Alt+m');
  const amina = page.getByRole('row', { name: /Amina Khan/ });
  await expect(amina).toContainText('Sign-in locked after 10 wrong passwords, until 10:24');
  await expectAccessible(page, 'staff accounts with a locked account');
  await amina.getByRole('button', { name: 'Unlock sign-in for Amina Khan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'can sign in again' })).toHaveText(
    'Amina Khan can sign in again at once.',
  );
  await expect(amina).not.toContainText('locked');
  await expect(amina.getByRole('button', { name: /Unlock sign-in/ })).toHaveCount(0);
});

test('an administrator moves an adviser to another site and a new team', async ({ page, host }) => {
  await page.goto(host.url);
  await signIn(page, 'admin', 'demo1234');
  await page.keyboard.press('Alt+m');
  const ben = page.getByRole('row', { name: /Ben Hughes/ });
  await ben.getByRole('button', { name: 'Change the site or team of Ben Hughes' }).click();
  const panel = page.getByRole('form', { name: 'Change the site or team of Ben Hughes' });
  await expect(panel.getByLabel('Usual site')).toBeFocused();
  await panel.getByLabel('Usual site').selectOption({ label: 'Riverside One Stop Shop' });
  await panel.getByLabel('Team (optional)').fill('Riverside desk');
  await expectAccessible(page, 'moving a member of staff');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'now works at' })).toHaveText(
    'Ben Hughes now works at Riverside One Stop Shop, in Riverside desk.',
  );
  await expect(ben).toContainText('Riverside One Stop Shop');
  await expect(ben).toContainText('Riverside desk');
  // The new team is on the council's list.
  await page.keyboard.press('Alt+j');
  await page.getByRole('button', { name: /^Teams/ }).click();
  await expect(page.getByRole('row', { name: /Riverside desk/ })).toContainText('In use');
});
