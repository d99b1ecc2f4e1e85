// Exit surveys (NeSDS standard 17): an adviser records a contact and asks the survey there
// and then by keyboard, sends another by email, and surveys a quick-logged enquiry from My
// contacts today; two days later the team leader records the emailed reply on the Surveys
// screen and reads November's results, worked out by hand below, and downloads them. Each
// person's part is its own test: the leader's starts from the adviser's Monday, recorded at
// her desk through the real host. Every view passes axe.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { signedIn } from './api';
import { expect, expectAccessible, returnLater, signIn, test } from './fixtures';
import type { RunningHost } from './host';

const NOW = new Date('2026-11-23T10:00:00Z'); // Monday 10:00 in London (GMT)
test.use({ hostClock: NOW.toISOString() });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

async function recordContact(
  page: Page,
  c: { channel: string; service: string; customerType: string; start: string; end: string },
) {
  const form = page.locator('form.contact-form');
  await form.getByLabel('Channel').selectOption({ label: c.channel });
  await form.getByLabel('Service').selectOption({ label: c.service });
  await form.getByLabel('Type of enquiry').selectOption({ label: 'Providing information' });
  await form.getByLabel('Customer type').selectOption({ label: c.customerType });
  await form.getByLabel('Outcome').selectOption({ label: 'Resolved at first contact' });
  await form.getByLabel('Started at').fill(c.start);
  await form.getByLabel('Ended at').fill(c.end);
  await form.getByRole('button', { name: /Save contact/ }).click();
  await expect(page.locator('.confirmation-row .confirmation').first()).toContainText(
    `Saved: ${c.channel} contact about ${c.service}`,
  );
}

/** Amina Khan's Monday morning as the adviser's test records it on screen: A asked there and
 * then, B sent by email, C a quick log at 10:00 surveyed afterwards. */
async function aminasMonday(host: RunningHost): Promise<void> {
  const amina = await signedIn(host, 'adviser');
  const ids = await amina.ids();
  const contact = (service: string, customerType: string, start: string, end: string) => ({
    serviceId: ids.service(service),
    interactionTypeId: ids.interactionType('Providing information'),
    customerTypeId: ids.customerType(customerType),
    outcome: 'resolved' as const,
    startedAt: `2026-11-23T${start}:00Z`,
    endedAt: `2026-11-23T${end}:00Z`,
  });
  const a = await amina.call('contacts.record', {
    channel: 'face_to_face',
    ...contact('Council Tax', 'Citizen', '09:30', '09:40'),
  });
  await amina.call('surveys.record', {
    contactId: a.id,
    rating: 4,
    couldHaveDoneMore: 'no',
    comment: 'Sorted in one visit.',
  });
  const b = await amina.call('contacts.record', {
    channel: 'telephone',
    ...contact('Housing Benefit and Council Tax Reduction', 'Business', '09:45', '09:50'),
  });
  await amina.call('surveys.send', { contactId: b.id, via: 'email' });
  const c = await amina.call('contacts.quickLog', {
    channel: 'telephone',
    serviceId: ids.service('Council Tax'),
    startedAt: NOW.toISOString(),
  });
  await amina.call('surveys.record', { contactId: c.id, rating: 2, couldHaveDoneMore: 'not_sure' });
}

test('an adviser asks one survey, sends another and surveys a quick log', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);

  // A: face to face, Council Tax, a citizen; the survey asked there and then, by keyboard.
  await recordContact(page, {
    channel: 'Face to face',
    service: 'Council Tax',
    customerType: 'Citizen',
    start: '09:30',
    end: '09:40',
  });
  await expect(
    page.getByRole('button', { name: 'Ask the satisfaction survey Alt+U' }),
  ).toBeVisible();
  await page.keyboard.press('Alt+u');
  const rating = page.getByRole('group', {
    name: 'How satisfied were you with the service today?',
  });
  await expect(rating.getByLabel('1 Very dissatisfied')).toBeFocused();
  await expectAccessible(page, 'the survey offered after a contact');
  await page.keyboard.press('Space'); // 1
  await page.keyboard.press('ArrowRight'); // 2
  await page.keyboard.press('ArrowRight'); // 3
  await page.keyboard.press('ArrowRight'); // 4
  await expect(rating.getByLabel('4 Satisfied')).toBeChecked();
  await page.keyboard.press('Tab');
  const doneMore = page.getByRole('group', { name: 'Could we reasonably have done more?' });
  await expect(doneMore.getByLabel('Yes')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(doneMore.getByLabel('No', { exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sorted in one visit.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('survey-saved')).toHaveText('✓ Survey saved: rated 4 of 5.');
  await expect(page.locator('#record-channel')).toBeFocused();

  // B: a telephone call from a business about Housing Benefit; the survey sent by email.
  await recordContact(page, {
    channel: 'Telephone',
    service: 'Housing Benefit and Council Tax Reduction',
    customerType: 'Business',
    start: '09:45',
    end: '09:50',
  });
  await page.keyboard.press('Alt+u');
  await page.getByLabel('Or send it to answer later, by').selectOption({ label: 'Email' });
  await page.getByRole('button', { name: 'Send the survey' }).click();
  await expect(page.getByTestId('survey-saved')).toHaveText(
    '✓ Survey saved: sent by email, awaiting a reply.',
  );

  // C: a quick log (anonymous, telephone, Council Tax), surveyed from My contacts today.
  await page.keyboard.press('Alt+q');
  await page.keyboard.type('Council');
  await page.keyboard.press('Enter');
  await expect(page.locator('.quick-log .confirmation')).toContainText('Logged: Telephone');
  await page.keyboard.press('Alt+2');
  const rows = page.getByTestId('contact-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Rated 4 of 5');
  await expect(rows.nth(1)).toContainText('Survey sent by email, awaiting reply');
  await expectAccessible(page, 'my contacts today with surveys');
  await rows
    .nth(2)
    .getByRole('button', { name: /^Survey the 10:00 contact$/ })
    .click();
  await page.getByLabel('2 Dissatisfied').check();
  await doneMore.getByLabel('Not sure').check();
  // The comment is optional.
  await page.getByRole('button', { name: 'Save the answers' }).click();
  await expect(rows.nth(2)).toContainText('Rated 2 of 5');

  // An adviser records replies but does not see the results.
  await page.keyboard.press('Alt+r');
  await expect(page.getByRole('heading', { name: 'Satisfaction surveys' })).toBeVisible();
  await expect(page.getByTestId('awaiting-row')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Results' })).toHaveCount(0);
});

test('the team leader records the emailed reply and reads the month’s results by hand', async ({
  page,
  host,
}) => {
  await aminasMonday(host);

  // Wednesday: the emailed reply is back, and the team leader records it.
  await returnLater(page, host, '2026-11-25T14:00:00Z', 'teamleader');
  await page.keyboard.press('Alt+r');
  const doneMore = page.getByRole('group', { name: 'Could we reasonably have done more?' });
  const awaiting = page.getByTestId('awaiting-row');
  await expect(awaiting).toHaveCount(1);
  await expect(awaiting).toContainText('Monday 23 November 2026, sent by email');
  await expect(awaiting).toContainText('Housing Benefit and Council Tax Reduction');
  await expect(awaiting).toContainText('Amina Khan, Town Hall One Stop Shop');
  await expectAccessible(page, 'surveys: replies awaiting and results');
  await awaiting.getByRole('button', { name: /^Record the reply/ }).click();
  await page.getByLabel('5 Very satisfied').check();
  await doneMore.getByLabel('Yes').check();
  await page.getByLabel('Date the reply came').fill('2026-11-24');
  await page.getByRole('button', { name: 'Record the reply' }).last().click();
  await expect(page.getByTestId('reply-recorded')).toHaveText(
    '✓ Reply recorded for the Housing Benefit and Council Tax Reduction contact of Monday 23 November 2026: rated 5 of 5.',
  );
  await expect(page.getByText('No surveys are awaiting a reply.')).toBeVisible();

  // November so far, by hand: A 4 (no), B 5 (yes; sent, came back), C 2 (not sure).
  // Average (4 + 5 + 2) / 3 = 3.67; satisfied (4 or 5) 2 of 3 = 67%; "no" 1 of 3 = 33%;
  // 1 of 1 sent came back = 100%.
  await expect(page.getByTestId('survey-period')).toHaveText(
    'Sunday 1 November 2026 to Monday 30 November 2026',
  );
  await expect(page.getByTestId('overall-responses')).toHaveText(
    '32 asked with the customer, 1 reply to a sent survey',
  );
  await expect(page.getByTestId('overall-average')).toHaveText('3.7 of 5');
  await expect(page.getByTestId('overall-satisfied')).toHaveText('67%2 of 3 responses');
  await expect(page.getByTestId('overall-done-more')).toHaveText('33%1 of 3 said no; 1 not sure');
  await expect(page.getByTestId('overall-response-rate')).toHaveText('100%1 of 1 sent came back');
  // By channel: telephone B and C, (5 + 2) / 2 = 3.5, 1 of 2 satisfied, no "no"; face to
  // face A alone.
  await expect(page.getByTestId('survey-byChannel').locator('tbody tr')).toHaveText([
    /^Telephone\s*2\s*3\.5\s*1 \(50%\)\s*0 \(0%\)\s*1 of 1 \(100%\)$/,
    /^Face to face\s*1\s*4\.0\s*1 \(100%\)\s*1 \(100%\)\s*–$/,
  ]);
  // By customer type: C anonymous, B business, A citizen.
  await expect(page.getByTestId('survey-byCustomerType').locator('tbody tr')).toHaveText([
    /^Anonymous\s*1\s*2\.0\s*0 \(0%\)\s*0 \(0%\)\s*–$/,
    /^Business\s*1\s*5\.0\s*1 \(100%\)\s*0 \(0%\)\s*1 of 1 \(100%\)$/,
    /^Citizen\s*1\s*4\.0\s*1 \(100%\)\s*1 \(100%\)\s*–$/,
  ]);
  // The trend: December 2025 to November 2026, only November with surveys.
  const months = page.getByTestId('survey-byMonth').locator('tbody tr');
  await expect(months).toHaveCount(12);
  await expect(months.last()).toHaveText(/^November 2026\s*3\s*3\.7\s*2 \(67%\)/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    'council-contact-satisfaction-surveys-2026-11-01-to-2026-11-30.csv',
  );
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe(
    'Breakdown,Group,Surveys,Responses,Average rating (1 to 5),Satisfied (rated 4 or 5),% satisfied,Said we could not reasonably have done more,% could not have done more,Sent to answer later,Replies to sent surveys,Response rate',
  );
  expect(lines[1]).toBe('All surveys,All,3,3,3.7,2,67%,1,33%,1,1,100%');
  expect(lines).toContain('Channel,Telephone,2,2,3.5,1,50%,0,0%,1,1,100%');

  // One site: the contact centre has none of these surveys.
  await page.getByLabel('Site', { exact: true }).selectOption({ label: 'Contact Centre' });
  await page.getByRole('button', { name: 'Show the results' }).click();
  await expect(page.getByTestId('survey-empty')).toHaveText(
    'No contacts in this period have a survey.',
  );
  await expect(page.getByTestId('overall-average')).toHaveText('None yet');
  await expectAccessible(page, 'survey results for a site with none');
});
