// A complaint about Council Tax on Monday 23 November 2026 and a compliment beside it: the
// stage 1 reply date, the complaint escalated on Thursday 3 December with stage 2's twenty
// working days over Christmas, the reply, and November's figures by service. The adviser
// logs and escalates; the team leader records the reply and reads the figures, and alone sees
// a complaint about a named member of staff (shared/api/access-rules.ts).
import type { Page } from '@playwright/test';
import { expect, expectAccessible, returnLater, signIn, test } from './fixtures';
import type { RunningHost } from './host';

/** A later day: the officer comes back, signs in again and opens the screen. */
async function laterDay(page: Page, host: RunningHost, at: string, username = 'adviser') {
  await returnLater(page, host, at, username);
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { name: 'Complaints and feedback' })).toBeVisible();
}

test('a complaint logged, escalated to stage 2, answered and counted in the month’s figures', async ({
  page,
  host,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { name: 'Complaints and feedback' })).toBeVisible();
  await expect(page.getByTestId('feedback-empty')).toHaveText('No open complaints.');

  // Nothing filled in: the back end's messages beside the fields, and nothing logged.
  await page.keyboard.press('Alt+g');
  await expect(page.getByRole('radio', { name: 'Complaint' })).toBeFocused();
  await page.getByRole('button', { name: 'Log it' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'The item was not logged' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose complaint, compliment or comment.');
  await expect(page.locator('#log-summary-error')).toHaveText('⚠ Say what the customer told us.');
  await expect(page.locator('#log-serviceId')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('feedback-row')).toHaveCount(0);

  // The complaint, by keyboard where an adviser would use it.
  await page.getByRole('radio', { name: 'Complaint' }).check();
  await page.getByLabel('Service it is about').selectOption({ label: 'Council Tax' });
  await page.getByLabel('Came in by').selectOption({ label: 'Telephone' });
  await expect(page.getByLabel('Date received')).toHaveValue('2026-11-23');
  await expect(page.getByLabel('Time received')).toHaveValue('10:00');
  await page
    .getByLabel('What the customer told us')
    .fill('Charged for a second home she sold in August; wants the bill corrected.');
  await page.getByRole('button', { name: 'Log complaint' }).click();
  // Mon 23 Nov + 10 working days: Mon 7 December (the back end's 2026-12-07).
  await expect(page.getByTestId('feedback-logged')).toHaveText(
    '✓ Logged F-2026-000001: complaint about Council Tax. Stage 1 reply due by Monday 7 December 2026.',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'not logged' })).toHaveCount(0);

  // A compliment, closed as soon as it is logged.
  await page.getByRole('radio', { name: 'Compliment' }).check();
  await page.getByLabel('Service it is about').selectOption({ label: 'Council Tax' });
  await page.getByLabel('Came in by').selectOption({ label: 'Email' });
  await page
    .getByLabel('What the customer told us')
    .fill('Thanks Sam for sorting my direct debit.');
  await page.getByRole('button', { name: 'Log compliment' }).click();
  await expect(page.getByTestId('feedback-logged')).toHaveText(
    '✓ Logged F-2026-000002: compliment about Council Tax. Recorded and closed; no reply is due.',
  );

  // A complaint about a named officer: once logged, the adviser can no longer open it.
  await page.getByRole('radio', { name: 'Complaint' }).check();
  await page.getByLabel('Service it is about').selectOption({ label: 'Council Tax' });
  await page.getByLabel('Came in by').selectOption({ label: 'Face to face' });
  await page.getByLabel('What the customer told us').fill('Says the officer at desk 2 was rude.');
  await page.getByLabel('It is about a named member of staff').check();
  await page.getByRole('button', { name: 'Log complaint' }).click();
  await expect(page.getByTestId('feedback-logged')).toHaveText(
    '✓ Logged F-2026-000003: complaint about Council Tax. Stage 1 reply due by Monday 7 December 2026. It names a member of staff, so only team leaders and administrators can see it now.',
  );
  await expect(page.getByRole('button', { name: 'Open F-2026-000003' })).toHaveCount(0);
  await expect(page.getByLabel('It is about a named member of staff')).not.toBeChecked();
  // The figures are the leaders'.
  await expect(page.getByTestId('feedback-figures')).toHaveCount(0);

  // Open shows only the complaint; All shows both, newest first; the kind filter narrows.
  const rows = page.getByTestId('feedback-row');
  await expect(rows).toHaveCount(1);
  const complaintRow = page.locator('[data-testid="feedback-row"][data-reference="F-2026-000001"]');
  await expect(complaintRow).toContainText('Monday 23 November 2026');
  await expect(complaintRow).toContainText('Stage 1');
  await expect(complaintRow).toContainText('Monday 7 December 2026');
  await expect(complaintRow).toContainText('✓ On time');
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Compliment');
  await expect(rows.first()).toContainText('Recorded; no reply due');
  await page.getByLabel('Kind').selectOption({ label: 'Compliments only' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('F-2026-000002');
  await page.getByLabel('Kind').selectOption({ label: 'Complaints, compliments and comments' });
  await expect(rows).toHaveCount(2);
  await expectAccessible(page, 'complaints list and log form');

  // Thursday 3 December: the customer is not satisfied and asks for stage 2.
  await laterDay(page, host, '2026-12-03T10:00:00Z');
  await page.getByRole('button', { name: 'F-2026-000001' }).click();
  const heading = page.getByRole('heading', { name: 'F-2026-000001: complaint about Council Tax' });
  await expect(heading).toBeFocused();
  await expect(page.getByTestId('stage-stage_1-due')).toHaveText('Monday 7 December 2026');
  await expect(page.getByTestId('feedback-status')).toHaveText('Open at stage 1');

  const escalate = page.getByTestId('escalate-form');
  await escalate.getByRole('button', { name: 'Escalate to stage 2' }).click();
  await expect(escalate.getByRole('alert')).toContainText('Say why the customer is escalating it.');
  await expect(page.getByTestId('stage-stage_2')).toHaveCount(0);

  await escalate
    .getByLabel('Why the customer is escalating it')
    .fill('Bill still wrong after the stage 1 reply; wants a manager to review.');
  await expect(escalate.getByLabel('Date escalated')).toHaveValue('2026-12-03');
  await escalate.getByRole('button', { name: 'Escalate to stage 2' }).click();
  // From Thu 3 Dec, 20 working days skipping Christmas, the Boxing Day substitute and New
  // Year's Day: Tuesday 5 January 2027 (the back end's 2027-01-05).
  await expect(page.getByTestId('feedback-notice')).toHaveText(
    '✓ Escalated to stage 2: reply due by Tuesday 5 January 2027.',
  );
  await expect(page.getByTestId('feedback-notice')).toBeFocused();
  await expect(page.getByTestId('stage-stage_2-due')).toHaveText('Tuesday 5 January 2027');
  await expect(page.getByTestId('stage-stage_1-outcome')).toHaveText('Escalated before a reply');
  await expect(page.getByTestId('stage-stage_1-clock')).toHaveText('→ Escalated before a reply');
  await expect(page.getByTestId('stage-stage_2-clock')).toHaveText('✓ On time');
  await expect(page.getByRole('button', { name: 'Escalate to the ombudsman' })).toBeVisible();
  // The reply closes the complaint: a team leader's to record, so not offered here.
  await expect(page.getByTestId('respond-form')).toHaveCount(0);
  await expect(page.getByTestId('reply-by-leader')).toHaveText(
    'A team leader or administrator records the council’s reply, which closes the complaint.',
  );
  await expectAccessible(page, 'complaint detail at stage 2');

  // Friday 4 December: the team leader sees the complaint about the officer, and records the
  // stage 2 reply: partly upheld, well within the standard.
  await laterDay(page, host, '2026-12-04T10:00:00Z', 'teamleader');
  const named = page.locator('[data-testid="feedback-row"][data-reference="F-2026-000003"]');
  await named.getByRole('button', { name: 'F-2026-000003' }).click();
  await expect(page.getByTestId('feedback-named-staff')).toHaveText(
    'Team leaders and administrators only: it is about a named member of staff',
  );
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await page.getByRole('button', { name: 'F-2026-000001' }).click();
  const respond = page.getByTestId('respond-form');
  await respond.getByRole('radio', { name: 'Partly upheld' }).check();
  await respond
    .getByLabel('Summary of the reply sent')
    .fill('Apologised; bill corrected from August and refund sent.');
  await respond.getByRole('button', { name: 'Record the stage 2 reply' }).click();
  await expect(page.getByTestId('feedback-notice')).toContainText(
    'Stage 2 reply recorded: partly upheld.',
  );
  await expect(page.getByTestId('stage-stage_2-outcome')).toHaveText('Partly upheld');
  await expect(page.getByTestId('stage-stage_2-clock')).toHaveText(
    '✓ Met: replied by the due date',
  );
  await expect(page.getByTestId('feedback-status')).toHaveText('Answered at stage 2');
  await expect(page.getByTestId('respond-form')).toHaveCount(0);
  // Answered, but the customer may still go to the ombudsman.
  await expect(page.getByRole('button', { name: 'Escalate to the ombudsman' })).toBeVisible();

  // Back to the list; the answered complaint has left the open view, so the focus goes to
  // the list's heading.
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page.getByRole('heading', { name: 'Open complaints' })).toBeFocused();
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect(complaintRow).toContainText('Stage 2');
  await expect(complaintRow).toContainText('Tuesday 5 January 2027');

  // Last month (November) by default: both complaints and the compliment under Council Tax.
  const figures = page.getByTestId('feedback-figures');
  await expect(page.getByLabel('Month', { exact: true })).toHaveValue('2026-11');
  await expect(figures.locator('caption')).toHaveText(
    'Complaints, compliments and comments received in November 2026, by service',
  );
  const councilTax = figures.locator('[data-testid="figures-row"][data-service="Council Tax"]');
  // Service, complaints, compliments, comments, stage 1 on time, stage 2, stage 2 on time,
  // ombudsman, upheld.
  await expect(councilTax.locator('th, td')).toHaveText([
    'Council Tax',
    '2',
    '1',
    '0',
    '–',
    '1',
    '1 of 1',
    '0',
    '1',
  ]);
  await expect(figures.getByTestId('figures-total').locator('td').first()).toHaveText('2');
  await expectAccessible(page, 'complaints figures');

  // December, this month: nothing received yet.
  await page.getByLabel('Month', { exact: true }).fill('2026-12');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByTestId('figures-empty')).toHaveText(
    'Nothing was received in December 2026.',
  );
});
