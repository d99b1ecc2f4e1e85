// An administrator sets the council's working days, a site's opening hours and its service
// standards; bad values are refused with a message and change nothing.
import { expect, expectAccessible, signIn, test } from './fixtures';

test('working days, opening hours and standards are edited without code, with bad values refused', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page, 'admin');
  await page.keyboard.press('Alt+9');

  // Working days: Scotland's bank holidays, and a closure day on Christmas Eve.
  const calendar = page.locator('form', {
    has: page.getByRole('heading', { name: 'Working days' }),
  });
  await calendar.getByLabel('Bank holidays of').selectOption({ label: 'Scotland' });
  await calendar.getByLabel('Add a date').first().fill('2026-12-24');
  await calendar.getByRole('button', { name: 'Add to closure days' }).click();
  await expect(calendar.getByText('Thursday 24 December 2026')).toBeVisible();
  await calendar.getByRole('button', { name: 'Save working days' }).click();
  await expect(calendar.getByText('✓ Working days saved.')).toBeVisible();
  await calendar.getByText(/Bank holidays this year and next/).click();
  await expect(calendar.getByText('Monday 30 November 2026: St Andrew’s Day')).toBeVisible();

  // Opening hours: an overlap is refused, then fixed.
  const hours = page.locator('form', { has: page.getByRole('heading', { name: 'Opening hours' }) });
  await hours.getByLabel('Site').selectOption({ label: 'Town Hall One Stop Shop' });
  await hours.getByRole('button', { name: 'Add a spell on Wednesday' }).click();
  await hours.getByLabel('Wednesday second spell opens').fill('12:00');
  await hours.getByLabel('Wednesday second spell closes').fill('18:00');
  await hours.getByRole('button', { name: 'Save opening hours' }).click();
  await expect(hours.getByRole('alert')).toContainText(
    'Wednesday: 08:30-16:30 overlaps 12:00-18:00.',
  );
  await hours.getByLabel('Wednesday closes').fill('12:00');
  await hours.getByRole('button', { name: 'Save opening hours' }).click();
  await expect(hours.getByText('✓ Opening hours saved.')).toBeVisible();

  // Standards: a threshold over 100% and a limit of zero are refused; a new one is saved.
  const standards = page.locator('section', {
    has: page.getByRole('heading', { name: 'Service standards' }),
  });
  await expect(
    standards.getByTestId('standard-row').filter({ hasText: 'Rent Service' }),
  ).toContainText('87% within 3 working days; 95% within 5 working days');
  await standards.getByRole('button', { name: 'Add a standard' }).click();
  await standards.getByLabel('Name').fill('Revenues: hand-offs');
  await standards.getByLabel('Percentage').first().fill('120');
  await standards.getByRole('button', { name: 'Save standard' }).click();
  await expect(standards.getByRole('alert')).toContainText('A threshold cannot be more than 100%.');
  await standards.getByLabel('Percentage').first().fill('90');
  await standards.getByLabel('Within').first().fill('0');
  await standards.getByRole('button', { name: 'Save standard' }).click();
  await expect(standards.getByRole('alert')).toContainText(
    'A limit of zero would make every item late: enter 1 or more.',
  );
  await standards.getByLabel('Within').first().fill('2');
  await standards.getByRole('button', { name: 'Add a threshold' }).click();
  await standards.getByLabel('Percentage').nth(1).fill('100');
  await standards.getByLabel('Within').nth(1).fill('5');
  await expectAccessible(page, 'settings with a standard being edited');
  await standards.getByRole('button', { name: 'Save standard' }).click();
  await expect(
    standards.getByTestId('standard-row').filter({ hasText: 'Revenues: hand-offs' }),
  ).toContainText('90% within 2 working days; 100% within 5 working days');
  await expectAccessible(page, 'settings');
});
