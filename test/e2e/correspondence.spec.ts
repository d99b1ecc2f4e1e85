// A letter received on the Friday before Christmas, logged on the Monday: its due date, the
// days it goes overdue, a holding reply (refused first without a new date), the full
// response, and the month's figures before and after, checked by hand below.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, returnLater, signIn, test } from './fixtures';
import type { RunningHost } from './host';

test.use({ hostClock: '2026-12-21T09:30:00Z' }); // Monday 21 December 2026

/** A later day: the adviser comes back, signs in, and opens the inbox. */
async function laterDay(page: Page, host: RunningHost, at: string) {
  await returnLater(page, host, at, 'adviser2');
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Letters, emails and forms' })).toBeVisible();
}

async function showDecemberFigures(page: Page) {
  await page.getByLabel('From', { exact: true }).fill('2026-12-01');
  await page.getByLabel('To', { exact: true }).fill('2026-12-31');
  await page.getByRole('button', { name: 'Show figures' }).click();
  return page.getByTestId('corr-figures');
}

test('a letter from the Friday before Christmas: due date, overdue, holding reply, response and figures', async ({
  page,
  host,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-21T09:30:00Z'));
  await page.goto(host.url);
  await signIn(page, 'adviser2');
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Letters, emails and forms' })).toBeVisible();

  await page.keyboard.press('Alt+g');
  await expect(page.getByLabel('Came in by')).toBeFocused();
  await page.getByLabel('Came in by').selectOption({ label: 'Letter' });
  await page.getByLabel('Date received').fill('2026-12-18');
  await page.getByLabel('Time received').fill('10:00');
  await page.locator('#log-serviceId').selectOption({ label: 'Council Tax' });
  await page.getByLabel('Subject').fill('Disputes the bill');
  await page.getByLabel('From (address, email or number)').fill('12 High Street, WA8 7QA');
  await page.getByRole('button', { name: 'Log item' }).click();
  // Fri 18 Dec + 10 working days: 21-24 Dec (1-4), 29-31 Dec (5-7), 4-6 Jan (8-10).
  await expect(page.getByTestId('logged')).toHaveText(
    '✓ Logged C-2026-000001: a full reply is due by Wednesday 6 January 2027.',
  );
  const row = page.getByTestId('item-row');
  await expect(row).toContainText('✓ 9 working days left');
  await expectAccessible(page, 'correspondence work list');

  // Tuesday 5 January: due soon, visible days before it goes overdue.
  await laterDay(page, host, '2027-01-05T09:00:00Z');
  await expect(page.getByTestId('view-due_within_2')).toHaveText('Due within 2 working days (1)');
  await expect(row).toContainText('! 1 working day left');

  // Thursday 7 January: overdue.
  await laterDay(page, host, '2027-01-07T09:00:00Z');
  await expect(page.getByTestId('view-overdue')).toHaveText('Overdue (1)');
  await expect(row).toContainText('✗ 1 working day over');
  let figures = await showDecemberFigures(page);
  await expect(figures).toContainText('Received1');
  await expect(figures).toContainText('Overdue now1');
  await expect(page.getByTestId('share-within')).toHaveText('none answered yet');

  await page.getByRole('button', { name: 'C-2026-000001' }).click();
  await expect(page.getByTestId('due-date')).toHaveText(
    'Wednesday 6 January 2027 (10 working days)',
  );
  await expect(page.getByTestId('item-state')).toHaveText('✗ Overdue: 1 working day over');
  const holding = page.locator('form', {
    has: page.getByRole('heading', { name: 'Send a holding reply' }),
  });
  await holding
    .getByLabel('Why a full reply is not possible yet')
    .fill('Waiting for a valuation from the VOA');
  await holding.getByRole('button', { name: 'Send a holding reply' }).click();
  await expect(page.getByTestId('holding-error')).toHaveText(
    'Give the date the customer can now expect a full reply.',
  );
  await holding
    .getByLabel('Why a full reply is not possible yet')
    .fill('Waiting for a valuation from the VOA');
  await holding.getByLabel('New expected date').fill('2027-01-15');
  await holding.getByRole('button', { name: 'Send a holding reply' }).click();
  await expect(page.getByTestId('holding-reply')).toHaveText(
    'Sent Thursday 7 January 2027: Waiting for a valuation from the VOA. Full reply now expected by Friday 15 January 2027.',
  );
  await expect(page.getByTestId('item-state')).toHaveText('✗ Overdue: 1 working day over'); // still measured against 6 January
  await expectAccessible(page, 'correspondence item');

  // Friday 8 January: the full response.
  await laterDay(page, host, '2027-01-08T11:00:00Z');
  await page.getByRole('button', { name: 'C-2026-000001' }).click();
  const respond = page.locator('form', {
    has: page.getByRole('heading', { name: 'Record the full response' }),
  });
  await respond.getByLabel('Date sent').fill('2027-01-08');
  await respond.getByLabel('Time sent').fill('10:30');
  await respond.getByRole('button', { name: 'Record the full response' }).click();
  await expect(page.getByTestId('item-state')).toHaveText(
    '✗ Answered late: answered 2 working days after the due date',
  );
  await expect(page.getByRole('button', { name: 'Record the full response' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the work list' }).click();

  // December: 1 received, 1 answered, 0 of 1 within 10 working days; 18 Dec to 8 Jan is 12 working days.
  figures = await showDecemberFigures(page);
  await expect(page.getByTestId('share-within')).toHaveText('0% (0 of 1)');
  await expect(figures).toContainText('Average working days to respond12.0');
  await expect(figures).toContainText('Overdue now0');
  await expect(figures).toContainText('Holding replies sent1');
  await expect(page.getByTestId('view-all')).toHaveText('All open (0)');
});
