// Same-day correction with its history, the idle lock keeping work in progress, and the
// administrator's settings: each screen checked with axe.
import { expect, expectAccessible, signIn, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
});

test('corrects a contact the same day and shows the change in its history', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+q');
  await page.keyboard.type('Bins');
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toContainText('Bins, Waste and Recycling');

  await page.keyboard.press('Alt+2');
  await page.getByRole('button', { name: 'Correct the 10:00 contact' }).click();
  const form = page.locator('form.contact-form');
  await form.getByLabel('Outcome').selectOption({ label: 'Callback promised' });
  await form.getByLabel('Notes').fill('Missed collection; crew to call back.');
  await expectAccessible(page, 'correct a contact');
  await form.getByRole('button', { name: /Save correction/ }).click();

  const row = page.getByTestId('contact-row');
  await expect(row).toContainText('Callback promised');
  await expect(row).toContainText('Corrected');
  await expect(page.getByTestId('fcr-value')).toHaveText('0%');

  await page.getByRole('button', { name: 'History of the 10:00 contact' }).click();
  const history = page.locator('.history');
  await expect(history).toContainText('recorded by Amina Khan');
  await expect(history).toContainText('corrected by Amina Khan');
  await expect(history).toContainText('outcome: Resolved at first contact → Callback promised');
  await expect(history).toContainText('notes: (blank) → Missed collection; crew to call back.');
  await expectAccessible(page, 'contact history');
});

test('locks on request, keeps what was typed, and unlocks with the password', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);
  await page.locator('#record-notes').fill('Half-written note');
  await page.keyboard.press('Alt+l');
  const dialog = page.getByRole('dialog', { name: 'Council Contact is locked' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'lock screen');

  await page.keyboard.type('wrong');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(
    'That password is not right. Try again, or sign out.',
  );
  await page.getByLabel('Password').fill('demo1234');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#record-notes')).toHaveValue('Half-written note');
});

test('an administrator changes the idle time and the FCR target, with bad values refused', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page, 'admin');
  await page.keyboard.press('Alt+9');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expectAccessible(page, 'settings');

  await page.getByLabel('First-contact resolution target (%)').fill('120');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toContainText('The target cannot be more than 100%.');

  await page.getByLabel('First-contact resolution target (%)').fill('85');
  await page.getByLabel('Lock the app after this many idle minutes').fill('10');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('✓ Settings saved.')).toBeVisible();

  await page.getByLabel('Warn (amber) after (minutes)').fill('12');
  await page.getByRole('button', { name: 'Save queue settings' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'The warning must come before the wait promise is broken: make it fewer minutes.',
  );
  await page.getByLabel('Warn (amber) after (minutes)').fill('7');
  await page.getByLabel('When a visitor comes back from hold').selectOption('rejoin');
  await page.getByRole('button', { name: 'Save queue settings' }).click();
  await expect(page.getByText('✓ Queue settings saved.')).toBeVisible();
  await expectAccessible(page, 'settings after saving');

  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('fcr-verdict')).toHaveText('No completed contacts yet');
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Alt+q');
  await page.keyboard.type('Council');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('fcr-verdict')).toHaveText('✓ Meets the 85% target');
});
