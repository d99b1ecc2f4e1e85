// The contact-centre manager's month, from the app alone (issue 8): an adviser takes a call
// that was transferred, is asked why, and asks the customer the exit survey there and then;
// the team leader imports the switch's call records and reads the answer time on the daily
// stats, draws a quality sample and scores it, then opens the NeSDS evidence report, reads
// the grades the records support, exports them and prints them. Each part is its own test:
// the leader's start from the same call and survey, recorded at the adviser's desk through
// the real host, and the report's also from the import and the scored sample, made by the
// leader through the host the same way. Every view passes axe.
import { readFileSync } from 'node:fs';
import { MESSY_SWITCH_CSV, SWITCH_MAPPING } from '../fixtures/switch-calls';
import { signedIn, type StaffApi } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';
import type { RunningHost } from './host';

const NOW = new Date('2026-11-23T17:00:00Z'); // Monday 17:00 in London (GMT)
test.use({ hostClock: NOW.toISOString() });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

/** Ben Hughes's call at 09:00, answered after 20 seconds and passed to the benefits team,
 * and the survey he asked there and then: as the adviser's test records them on screen. */
async function theTransferredCall(host: RunningHost): Promise<void> {
  const ben = await signedIn(host, 'adviser2');
  const ids = await ben.ids();
  const call = await ben.call('contacts.record', {
    channel: 'telephone',
    serviceId: ids.service('Council Tax'),
    interactionTypeId: ids.interactionType('Providing information'),
    customerTypeId: ids.customerType('Citizen'),
    outcome: 'resolved',
    startedAt: '2026-11-23T09:00:00Z',
    endedAt: '2026-11-23T09:06:00Z',
    answerSeconds: 20,
    transferred: true,
    transferReason: 'Needed the benefits team',
  });
  await ben.call('surveys.record', {
    contactId: call.id,
    rating: 5,
    couldHaveDoneMore: 'no',
    comment: 'Put through to the right person straight away.',
  });
}

/** The leader's import of the switch's records and the day's sample, all of its one contact,
 * scored every point met: as the leader's tests before the report do them on screen. */
async function theImportAndScoredSample(leader: StaffApi): Promise<void> {
  const ids = await leader.ids();
  await leader.call('calls.import', {
    sourceName: 'Mitel switch',
    fileName: 'calls-23-11.csv',
    siteId: ids.site('Contact Centre'),
    csv: MESSY_SWITCH_CSV,
    mapping: SWITCH_MAPPING,
  });
  const sample = await leader.call('quality.draw', {
    from: '2026-11-23',
    to: '2026-11-23',
    percent: 100,
    seed: 7,
  });
  const checklist = (await leader.call('quality.checklist', {})).filter((p) => p.active);
  await leader.call('quality.score', {
    sampleItemId: sample.items[0]!.id,
    results: checklist.map((point) => ({ checklistItemId: point.id, result: 'met' })),
    comment: '',
  });
}

test('an adviser records a transferred call, giving its reason, and asks the survey', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page, 'adviser2');

  // A call answered after 20 seconds and passed to the benefits team; the reason is asked for.
  const form = page.locator('form.contact-form');
  await form.getByLabel('Channel').selectOption({ label: 'Telephone' });
  await form.getByLabel('Service').selectOption({ label: 'Council Tax' });
  await form.getByLabel('Type of enquiry').selectOption({ label: 'Providing information' });
  await form.getByLabel('Customer type').selectOption({ label: 'Citizen' });
  await form.getByLabel('Outcome').selectOption({ label: 'Resolved at first contact' });
  await form.getByLabel('Seconds before answer (optional)').fill('20');
  await form.getByLabel('The call was transferred').check();
  await form.getByLabel('Started at').fill('09:00');
  await form.getByLabel('Ended at').fill('09:06');
  await form.getByRole('button', { name: /Save contact/ }).click();
  await expect(form.getByText('Say why the call was transferred.').first()).toBeVisible();
  await expectAccessible(page, 'a transferred call without its reason');
  await form.getByLabel('Why it was transferred').fill('Needed the benefits team');
  await form.getByRole('button', { name: /Save contact/ }).click();
  await expect(page.locator('.confirmation-row .confirmation').first()).toContainText(
    'Saved: Telephone contact about Council Tax',
  );

  // The customer answers the exit survey there and then.
  await page.keyboard.press('Alt+u');
  await page.getByLabel('5 Very satisfied').check();
  await page
    .getByRole('group', { name: 'Could we reasonably have done more?' })
    .getByLabel('No', { exact: true })
    .check();
  await page
    .getByLabel('Anything else they said (optional)')
    .fill('Put through to the right person straight away.');
  await page.getByRole('button', { name: 'Save the answers' }).click();
  await expect(page.getByTestId('survey-saved')).toHaveText('✓ Survey saved: rated 5 of 5.');
});

test('the team leader imports the switch’s calls and reads the answer time', async ({
  page,
  host,
}) => {
  await theTransferredCall(host);
  await page.goto(host.url);
  await signIn(page, 'teamleader');

  // The team leader imports the switch's records for the day.
  await page.keyboard.press('Alt+i');
  await page.getByLabel('CSV file from the telephone system').setInputFiles({
    name: 'calls-23-11.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(MESSY_SWITCH_CSV, 'utf8'),
  });
  await page.getByLabel('Telephone system', { exact: true }).fill('Mitel switch');
  await page.getByLabel('Site whose calls these are').selectOption({ label: 'Contact Centre' });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  // Ben's typed call reached the queue at 08:59:40, before the hour the switch's records
  // cover (09:00-10:00), so it is not replaced.
  await expect(page.getByTestId('call-preview-counts')).toContainText('To import5');
  await expect(page.getByTestId('call-preview-counts')).toContainText(
    'Typed answer times to be replacedNone',
  );
  await page.getByRole('button', { name: 'Import 5 calls' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 5 calls',
  );

  // ASA from the switch's four answered calls and Ben's typed 20 s:
  // (12 + 31 + 25 + 5 + 20) / 5 = 18.6 s; the 31-second call waited over 30.
  await page.keyboard.press('Alt+t');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page.getByTestId('figure-calls-asa')).toContainText('19 s');
  await expectAccessible(page, 'daily stats with imported calls');
});

test('the team leader draws a sample of the day and scores it', async ({ page, host }) => {
  await theTransferredCall(host);
  await page.goto(host.url);
  await signIn(page, 'teamleader');

  // A quality sample of the day: all of its one contact, scored every point met.
  await page.keyboard.press('Alt+k');
  await page.getByLabel('First day').fill('2026-11-23');
  await page.getByLabel('Last day').fill('2026-11-23');
  await page.getByLabel('Share of contacts to sample (%)').fill('100');
  await page.getByLabel('Seed (optional)').fill('7');
  await page.getByRole('button', { name: 'Draw the sample' }).click();
  await expect(page.getByTestId('sample-facts')).toContainText(
    '100%: 1 of the one contact in the period',
  );
  await page.getByRole('button', { name: 'Score the next unscored contact' }).click();
  await expect(page.getByRole('heading', { name: 'Score contact 1 of 1' })).toBeFocused();
  for (const group of await page
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .all())
    await group.getByRole('radio', { name: 'Met', exact: true }).check();
  await page.getByRole('button', { name: 'Save and go to the next unscored' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact 1 scored' })).toHaveText(
    '✓ Contact 1 scored: 100%. The one contact in this sample is scored.',
  );
});

test('the NeSDS evidence report grades the month, and is exported and printed', async ({
  page,
  host,
}) => {
  await theTransferredCall(host);
  await theImportAndScoredSample(await signedIn(host, 'teamleader'));
  await page.goto(host.url);
  await signIn(page, 'teamleader');

  // The evidence report for November.
  await page.keyboard.press('Alt+a');
  await expect(page.getByRole('heading', { name: 'NeSDS evidence', level: 1 })).toBeVisible();
  // It opens on the last whole month, October; the team leader chooses November.
  await expect(page.getByTestId('nesds-period')).toHaveText(
    'Demo Borough Council: Thursday 1 October 2026 to Saturday 31 October 2026',
  );
  await page.getByLabel('A day in the month').fill('2026-11-23');
  await page.getByRole('button', { name: 'Show the evidence' }).click();
  await expect(page.getByTestId('nesds-period')).toHaveText(
    'Demo Borough Council: Sunday 1 November 2026 to Monday 30 November 2026',
  );
  const summary = page.getByTestId('nesds-summary').locator('tbody tr');
  await expect(summary).toHaveCount(14);
  // One call, resolved: 100% in every service and channel (the partner services are for the
  // council to show). One survey; one scored contact covering the only channel used.
  await expect(summary.filter({ hasText: '2. A high percentage' })).toContainText('✓ Excellent');
  await expect(summary.filter({ hasText: '3. Response times' })).toContainText(
    'Not graded by the standard',
  );
  await expect(summary.filter({ hasText: '17. Customer service satisfaction' })).toContainText(
    '✓ MinimumProgressing',
  );
  await expect(summary.filter({ hasText: '19. The quality' })).toContainText(
    '✓ ProgressingExcellent',
  );
  await expect(summary.filter({ hasText: '7. Customers can complain' })).toContainText(
    '✗ Below MinimumMinimum',
  );
  const telephone = page.getByTestId('standard-3');
  await expect(telephone).toContainText(
    '3a Telephone: average speed of answer19 s (1 call waited over 30 seconds); target an average of 30 seconds or less: ✓ met',
  );
  const s17 = page.getByTestId('standard-17');
  await expect(s17).toContainText('Minimum: 1 exit survey answered about the transaction itself');
  await expect(page.getByTestId('standard-17-missing')).toHaveText(
    'responses came from fewer than two customer groups, so they cannot be segmented',
  );
  await expect(page.getByTestId('standard-20')).toContainText('1 of 1 (100%)');
  await expectAccessible(page, 'the NeSDS evidence report');

  // The summary links to each standard.
  await summary.filter({ hasText: '19. The quality' }).getByRole('link').click();
  await expect(page).toHaveURL(/#nesds-standard-19$/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the evidence as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    'council-contact-nesds-evidence-2026-11-01-to-2026-11-30.csv',
  );
  const lines = readFileSync(await file.path(), 'utf8')
    .slice(1)
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'Standard,Title,Grade the records support,Why,Measured,"Also show, from outside the app",Next grade,Still needed for the next grade',
  );
  expect(lines).toHaveLength(15);
  expect(lines.find((l) => l.startsWith('17,'))).toContain(',Minimum,');

  // Printed, the page keeps the report and drops the controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Show the evidence' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByTestId('standard-25')).toBeVisible();
});
