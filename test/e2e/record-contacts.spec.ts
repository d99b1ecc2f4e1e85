// The adviser's first journey: sign in, quick-log an anonymous phone enquiry, record a
// face-to-face contact handed off to a department, see today's FCR at 50%, restart the host
// and find both still there, and have a bad contact refused with nothing written.
import { expect, expectAccessible, signIn, test } from './fixtures';

const NOW = new Date('2026-11-23T10:00:00Z'); // a Monday; 10:00 in London (GMT)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('records contacts by keyboard and keeps them across a restart', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page, 'sign-in');
  await signIn(page);
  await expect(page.getByTestId('signed-in')).toHaveText(
    'Amina Khan (Adviser) at Town Hall One Stop Shop',
  );
  await expectAccessible(page, 'record a contact');

  // Quick log: Alt+Q, the first letters of the service, Enter.
  await page.keyboard.press('Alt+q');
  await expect(page.getByLabel('Service').first()).toBeFocused();
  await page.keyboard.type('Council');
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toContainText(
    'Logged: Telephone enquiry about Council Tax, resolved',
  );

  // Full contact by keyboard: face to face, handed off to the service's own department.
  await page.keyboard.press('Alt+n');
  await expect(page.locator('#record-channel')).toBeFocused();
  await page.keyboard.type('Face');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Housing B');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Change');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cit');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hand');
  await expect(page.locator('#record-departmentId')).toHaveValue(/.+/);
  await expect(page.locator('#record-departmentId option:checked')).toHaveText('Benefits');
  await page.locator('#record-notes').focus();
  await page.keyboard.type('Moved house; benefits team to reassess.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.panel .confirmation')).toContainText(
    'Saved: Face to face contact about Housing Benefit and Council Tax Reduction, handed off to a department',
  );

  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'My contacts today' })).toBeVisible();
  await expect(page.getByText('Monday 23 November 2026')).toBeVisible();
  await expect(page.getByTestId('contact-row')).toHaveCount(2);
  await expect(page.getByTestId('fcr-value')).toHaveText('50%');
  await expect(page.getByTestId('fcr-verdict')).toHaveText('✗ Below the 80% target');
  await expect(page.getByText('1 of 2 completed contacts resolved at first contact')).toBeVisible();
  await expectAccessible(page, 'my contacts today');

  await host.restart();
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('contact-row')).toHaveCount(2);
  await expect(page.getByTestId('contact-row').nth(0)).toContainText('Council Tax');
  await expect(page.getByTestId('contact-row').nth(1)).toContainText(
    'Handed off to a department (Benefits)',
  );
  await expect(page.getByTestId('fcr-value')).toHaveText('50%');
});

test('refuses a contact that ends before it starts, says why, and writes nothing', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);
  const form = page.locator('form.contact-form');
  await form.getByLabel('Channel').selectOption({ label: 'Telephone' });
  await form.getByLabel('Service').selectOption({ label: 'Council Tax' });
  await form.getByLabel('Type of enquiry').selectOption({ label: 'Providing information' });
  await form.getByLabel('Customer type').selectOption({ label: 'Citizen' });
  await form.getByLabel('Outcome').selectOption({ label: 'Resolved at first contact' });
  await form.getByLabel('Started at').fill('09:30');
  await form.getByLabel('Ended at').fill('09:15');
  await form.getByRole('button', { name: /Save contact/ }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The contact was not saved');
  await expect(summary).toContainText('The end time is before the start time. Check both times.');
  await expect(page.locator('#record-endTime')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'record a contact with an error');

  await page.keyboard.press('Alt+2');
  await expect(page.getByText('You have not recorded any contacts today.')).toBeVisible();
  await expect(page.getByTestId('fcr-value')).toHaveText('no contacts yet');
});
