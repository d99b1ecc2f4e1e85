// A Housing Benefit enquiry handed off to Benefits on Monday 23 November 2026: on time in the
// open list, due soon on the Thursday, overdue on Tuesday 1 December with the escalation
// point shown; the team leader copies and prints the customer's summary, is refused a return
// without a reason (nothing changes), then records it accepted and resolved. An
// administrator's proactive offers are in proactive-offers.spec.ts; the API calls and the
// later days in hand-offs-page.ts.
import { expect, expectAccessible, signIn, test } from './fixtures';
import { call, handOff, laterDay, referenceIds } from './hand-offs-page';

const SUMMARY_OPEN =
  'Your enquiry about your Housing Benefit claim has been passed to Benefits (Benefits duty assessor). ' +
  'You can expect a response by Monday 30 November 2026. ' +
  'Your reference is H-2026-000001; please quote it if you contact us.';

test('a hand-off goes overdue, is escalated, and the department’s answers are recorded', async ({
  page,
  host,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: host.url,
  });
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await page.goto(host.url);
  await signIn(page, 'teamleader');

  // No hand-off form yet: the contact and the hand-offs are made through the same HTTP API.
  const ids = await referenceIds(page);
  const customer = await call(page, 'customers.create', { firstName: 'Ann', lastName: 'Jones' });
  await handOff(page, ids, {
    service: ids.housingBenefit,
    department: ids.benefits,
    subject: 'your Housing Benefit claim',
    customerId: customer.id,
  });
  await handOff(page, ids, {
    service: ids.councilTax,
    department: ids.revenues,
    subject: 'a disputed bill',
    customerId: null,
  });

  await page.keyboard.press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Hand-offs to departments' })).toBeVisible();
  await expect(page.getByTestId('hand-off-view-open')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('hand-off-view-open')).toHaveText('Open (2)');
  await expect(page.getByTestId('hand-off-view-escalate')).toHaveText('Needs escalating (0)');
  const benefits = page.locator('[data-testid="hand-off-row"][data-reference="H-2026-000001"]');
  const revenues = page.locator('[data-testid="hand-off-row"][data-reference="H-2026-000002"]');
  // Five working days from Monday 23 November: Monday 30 November.
  await expect(benefits).toContainText('Ann Jones');
  await expect(benefits).toContainText('Housing Benefit and Council Tax Reduction');
  await expect(benefits).toContainText('your Housing Benefit claim');
  await expect(benefits).toContainText('BenefitsBenefits duty assessor');
  await expect(benefits).toContainText('Monday 30 November 2026');
  await expect(benefits).toContainText('✓ On time');
  await expect(benefits).toContainText('Sent, not yet accepted');
  await expect(revenues).toContainText('No customer record');
  await page.screenshot({ path: '/tmp/handoffs-open.png', fullPage: true });
  await expectAccessible(page, 'hand-offs, open');

  // Thursday 26 November: two working days left, so both are due soon.
  await laterDay(page, host, '2026-11-26T10:00:00Z');
  await expect(page.getByTestId('hand-off-view-escalate')).toHaveText('Needs escalating (2)');
  await expect(benefits).toContainText('! Due soon');
  await expect(benefits).toContainText(
    'Due soon: chase, then escalate to Benefits Manager if needed.',
  );

  // Tuesday 1 December: past the end of Monday 30 November.
  await laterDay(page, host, '2026-12-01T09:00:00Z');
  await page.getByTestId('hand-off-view-escalate').click();
  await expect(page.getByTestId('hand-off-view-escalate')).toHaveAttribute('aria-pressed', 'true');
  await expect(benefits).toContainText('✗ Overdue');
  await expect(benefits).toContainText('⚠ Overdue: escalate to Benefits Manager.');
  await expect(revenues).toContainText('Overdue: escalate to Revenues Manager.');
  await page.getByLabel('Department').selectOption({ label: 'Benefits' });
  await expect(revenues).toHaveCount(0);
  await expect(page.getByTestId('hand-off-row')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/handoffs-escalate.png', fullPage: true });
  await expectAccessible(page, 'hand-offs, needs escalating');

  // Open it with the keyboard.
  await benefits.getByRole('button', { name: 'H-2026-000001' }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'H-2026-000001: your Housing Benefit claim' });
  await expect(heading).toBeFocused();
  await expect(page.getByTestId('hand-off-clock')).toHaveText(
    '✗ Overdue (answer due by Monday 30 November 2026)',
  );
  await expect(page.getByTestId('hand-off-escalation')).toHaveText(
    '⚠ Overdue: escalate to Benefits Manager.',
  );
  await expect(page.getByTestId('hand-off-due')).toHaveText(
    'By the end of Monday 30 November 2026',
  );
  await expect(page.getByTestId('customer-summary')).toHaveText(SUMMARY_OPEN);

  // Copy the summary for an email, and print it for the customer.
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('✓ Copied');
  // (Page scripts as strings: the test side is typed for node, without the DOM.)
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(SUMMARY_OPEN);
  // As in the desktop app, where the permission check behind writeText is refused: the
  // selected summary is copied the old way, and still announced.
  await page.evaluate(`navigator.clipboard.writeText('something else')`);
  await page.evaluate(
    `navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied', 'NotAllowedError'))`,
  );
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect
    .poll(() => page.evaluate<string>('navigator.clipboard.readText()'))
    .toBe(SUMMARY_OPEN);
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('✓ Copied');
  // window.print is stubbed to note what would be printed: the summary block alone.
  await page.evaluate(
    `window.print = () => {
      window.printed = document.querySelector('[data-printing="summary"]')?.textContent ?? null;
    }`,
  );
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate<string | null>('window.printed')).toContain(SUMMARY_OPEN);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: '/tmp/handoffs-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(`window.dispatchEvent(new Event('afterprint'))`);
  await expect(page.locator('[data-printing]')).toHaveCount(0);

  // Returned without a reason: refused by the field, and nothing changes.
  const status = page.getByTestId('hand-off-status');
  await page.getByLabel('Returned to customer services').check();
  await page.getByRole('button', { name: 'Save the answer' }).click();
  await expect(page.getByRole('alert')).toContainText('Say why the department returned it.');
  await expect(page.locator('.field.has-error')).toContainText(
    'Say why the department returned it.',
  );
  await expect(status).toContainText('Sent, not yet accepted');
  await expect(page.getByLabel('Returned to customer services')).toBeChecked();
  await page.screenshot({ path: '/tmp/handoffs-detail-error.png', fullPage: true });
  await expectAccessible(page, 'hand-off with a refused answer');

  await page.getByLabel('Accepted by the department').check();
  await page.getByRole('button', { name: 'Save the answer' }).click();
  await expect(status).toContainText('Accepted by the department');
  await expect(page.getByText('✓ Saved: Accepted by the department.')).toBeVisible();
  await expect(page.getByTestId('customer-summary')).toContainText(
    'Your enquiry about your Housing Benefit claim is being dealt with by Benefits',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByLabel('Resolved', { exact: true }).check();
  await page.getByLabel('Note').fill('Assessor checked her earnings; claim decided.');
  await page.getByRole('button', { name: 'Save the answer' }).click();
  await expect(status).toContainText('Resolved');
  await expect(status).toContainText('Assessor checked her earnings; claim decided.');
  await expect(page.getByTestId('hand-off-clock')).toContainText('✗ Answered late');
  await expect(page.getByTestId('hand-off-escalation')).toHaveCount(0);
  await expect(page.getByTestId('hand-off-finished')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save the answer' })).toHaveCount(0);
  await expect(page.getByTestId('customer-summary')).toHaveText(
    'Your enquiry about your Housing Benefit claim has been resolved by Benefits (Benefits duty assessor). ' +
      'Your reference is H-2026-000001; please quote it if you contact us.',
  );
  await page.screenshot({ path: '/tmp/handoffs-detail.png', fullPage: true });
  await expectAccessible(page, 'resolved hand-off');

  // Back in the list: no longer needs escalating; under All, resolved and answered late.
  await page.getByRole('button', { name: 'Back to the hand-offs' }).click();
  await expect(page.getByTestId('hand-offs-empty')).toHaveText(
    'Nothing needs escalating: every open hand-off is on time.',
  );
  await expect(page.getByTestId('hand-off-view-escalate')).toHaveText('Needs escalating (0)');
  await page.getByTestId('hand-off-view-all').click();
  await expect(benefits).toContainText('Resolved');
  await expect(benefits).toContainText('✗ Answered late');
  await expect(benefits.getByRole('button', { name: 'H-2026-000001' })).toBeVisible();
});
