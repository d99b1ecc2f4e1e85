// The team leader's quality check of a Monday (NeSDS standards 19 and 20): Ben Hughes took
// six calls and answered two emails at the Contact Centre, Amina Khan saw four visitors at
// the Town Hall (recorded at their desks through the real host before the leader sits down).
// The team leader draws a 50% sample from seed 2026 (6 of 12, split 3, 1 and 2 across the
// strata), scores three contacts by keyboard, sees each adviser's result worked out by
// hand, checks the sample reproduces from its seed, and edits the checklist. Each part of
// the leader's work is its own test, starting from the same Monday; every view passes axe.
import type { Page } from '@playwright/test';
import type { QualityResult } from '../../shared/quality/scores';
import { signedIn, type StaffApi } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';
import type { RunningHost } from './host';

const NOW = new Date('2026-11-23T17:00:00Z'); // Monday 17:00 in London (GMT)
test.use({ hostClock: NOW.toISOString() });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

/** Monday's twelve contacts, each `n` minutes after 09:00 and lasting 5 minutes. The order
 * they are recorded in is the order the seeded draw reads them in (by id), so it is kept. */
async function theMonday(host: RunningHost): Promise<void> {
  const contact = async (
    adviser: StaffApi,
    channel: 'telephone' | 'email' | 'face_to_face',
    n: number,
  ) => {
    const ids = await adviser.ids();
    const start = new Date(Date.parse('2026-11-23T09:00:00Z') + n * 60_000);
    await adviser.call('contacts.record', {
      channel,
      serviceId: ids.service('Council Tax'),
      interactionTypeId: ids.interactionType('Providing information'),
      customerTypeId: ids.customerType('Citizen'),
      outcome: 'resolved',
      notes: `Balance enquiry ${n}.`,
      startedAt: start.toISOString(),
      endedAt: new Date(start.getTime() + 5 * 60_000).toISOString(),
    });
  };
  const ben = await signedIn(host, 'adviser2');
  for (const n of [470, 0, 10, 20, 30, 40]) await contact(ben, 'telephone', n);
  for (const n of [50, 60]) await contact(ben, 'email', n);
  const amina = await signedIn(host, 'adviser');
  for (const n of [5, 15, 25, 35]) await contact(amina, 'face_to_face', n);
}

const DAY = { from: '2026-11-23', to: '2026-11-23' };
const M: QualityResult = 'met';
const X: QualityResult = 'not_met';
const NA: QualityResult = 'not_applicable';

/** The leader's 50% sample from seed 2026, with its first three contacts scored as the
 * scoring test scores them by keyboard: 100%, 75% and 80%. */
async function aScoredSample(host: RunningHost): Promise<void> {
  const leader = await signedIn(host, 'teamleader');
  const sample = await leader.call('quality.draw', { ...DAY, percent: 50, seed: 2026 });
  const checklist = (await leader.call('quality.checklist', {})).filter((p) => p.active);
  const answers = [
    [M, M, M, M, M],
    [M, X, NA, M, M],
    [M, M, M, M, X],
  ];
  for (const [i, results] of answers.entries())
    await leader.call('quality.score', {
      sampleItemId: sample.items[i]!.id,
      results: checklist.map((point, p) => ({ checklistItemId: point.id, result: results[p]! })),
    });
}

/** Monday, its scored sample, and the leader on the Quality checks screen. */
async function theLeaderOpensAScoredSample(page: Page, host: RunningHost): Promise<void> {
  await theMonday(host);
  await aScoredSample(host);
  await page.goto(host.url);
  await signIn(page, 'teamleader');
  await page.keyboard.press('Alt+k');
  await expect(page.getByRole('heading', { name: 'Quality checks', level: 1 })).toBeVisible();
}

/**
 * Chooses one answer for each point in turn by keyboard, from the first point's first radio:
 * arrows to the answer, Space, then Tab on to the next point (and, after the last, the comment).
 */
async function scoreByKeyboard(page: Page, answers: ('Met' | 'Not met' | 'Not applicable')[]) {
  for (const answer of answers) {
    const steps = { Met: 0, 'Not met': 1, 'Not applicable': 2 }[answer];
    for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
}

test('an adviser has no quality checks', async ({ page, host }) => {
  await page.goto(host.url);
  await signIn(page, 'adviser2');
  await expect(page.getByRole('button', { name: /Quality checks/ })).toHaveCount(0);
  await page.keyboard.press('Alt+k');
  await expect(page.getByRole('heading', { name: 'Quality checks' })).toHaveCount(0);
});

test('a team leader draws a sample of the day, split by adviser and channel', async ({
  page,
  host,
}) => {
  await theMonday(host);
  await page.goto(host.url);
  await signIn(page, 'teamleader');
  await page.keyboard.press('Alt+k');
  await expect(page.getByRole('heading', { name: 'Quality checks', level: 1 })).toBeVisible();
  await expect(page.getByText('No samples have been drawn yet.')).toBeVisible();
  // The usual share is the council's 5%, with the standards beside it.
  await expect(page.getByLabel('Share of contacts to sample (%)')).toHaveValue('5');
  await expect(page.getByText('NeSDS standard 20 asks for at least 5% of users')).toBeVisible();
  await expectAccessible(page, 'quality checks');

  // Sunday had no contacts: refused, saying why.
  await page.getByLabel('First day').fill('2026-11-22');
  await page.getByLabel('Last day').fill('2026-11-22');
  await page.getByRole('button', { name: 'Draw the sample' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'No contacts were recorded at any site from 22 November 2026 to 22 November 2026',
  );
  await expectAccessible(page, 'a refused draw');

  await page.getByLabel('First day').fill('2026-11-23');
  await page.getByLabel('Last day').fill('2026-11-23');
  await page.getByLabel('Share of contacts to sample (%)').fill('50');
  await page.getByLabel('Seed (optional)').fill('2026');
  await page.getByRole('button', { name: 'Draw the sample' }).click();
  await expect(
    page.getByRole('heading', { name: 'Sample of 23 November 2026, all sites' }),
  ).toBeFocused();
  const facts = page.getByTestId('sample-facts');
  await expect(facts).toContainText('50%: 6 of the 12 contacts in the period');
  await expect(facts).toContainText('2026');
  await expect(facts).toContainText('0 of 6 scored');
  // Half of each stratum: Amina's 4 visitors give 2, Ben's 6 calls 3 and 2 emails 1.
  await expect(page.getByTestId('sample-strata').locator('tbody tr')).toHaveText([
    /^Amina Khan\s*–\s*2 of 4\s*–\s*2 of 4$/,
    /^Ben Hughes\s*3 of 6\s*–\s*1 of 2\s*4 of 8$/,
    /^All advisers\s*3 of 6\s*2 of 4\s*1 of 2\s*6 of 12$/,
  ]);
  await expect(page.getByTestId('sample-items').locator('tbody tr')).toHaveCount(6);
  await expectAccessible(page, 'a sample');
});

test('a team leader scores sampled contacts by keyboard', async ({ page, host }) => {
  await theMonday(host);
  const leader = await signedIn(host, 'teamleader');
  await leader.call('quality.draw', { ...DAY, percent: 50, seed: 2026 });
  await page.goto(host.url);
  await signIn(page, 'teamleader');
  await page.keyboard.press('Alt+k');
  await page.getByRole('button', { name: '23 November 2026', exact: true }).click();
  const facts = page.getByTestId('sample-facts');
  await expect(facts).toContainText('0 of 6 scored');

  // Contact 1 (Amina): every point met, by keyboard.
  await page.getByRole('button', { name: 'Score the next unscored contact' }).click();
  await expect(page.getByRole('heading', { name: 'Score contact 1 of 6' })).toBeFocused();
  await expect(page.getByTestId('score-contact')).toContainText('Amina Khan');
  await expect(page.getByTestId('score-contact')).toContainText('Face to face');
  // Saving with nothing chosen names each point.
  await page.getByRole('button', { name: 'Save and go to the next unscored' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Choose met, not met or not applicable for “Offered further services”.',
  );
  await expectAccessible(page, 'scoring with errors');
  // The summary's first link leads to the first point.
  await page.getByRole('link', { name: /Greeted the customer/ }).click();
  await expect(page.getByRole('radio', { name: 'Met', exact: true }).first()).toBeFocused();
  await scoreByKeyboard(page, ['Met', 'Met', 'Met', 'Met', 'Met']);
  await page.keyboard.type('Warm greeting, clear answer.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Contact 1 scored' })).toHaveText(
    '✓ Contact 1 scored: 100%.',
  );

  // Contact 2 (Amina): identity not checked, nothing to resolve: 3 of 4, 75%.
  await expect(page.getByRole('heading', { name: 'Score contact 2 of 6' })).toBeFocused();
  await expect(page.getByTestId('score-contact')).toContainText('Amina Khan');
  await page.keyboard.press('Tab');
  await scoreByKeyboard(page, ['Met', 'Not met', 'Not applicable', 'Met', 'Met']);
  await page.getByRole('button', { name: 'Save and go to the next unscored' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact 2 scored' })).toHaveText(
    '✓ Contact 2 scored: 75%.',
  );

  // Contact 3 (Ben's email): no further services offered: 4 of 5, 80%.
  await expect(page.getByTestId('score-contact')).toContainText('Ben Hughes');
  await page.keyboard.press('Tab');
  await scoreByKeyboard(page, ['Met', 'Met', 'Met', 'Met', 'Not met']);
  await page.getByRole('button', { name: 'Save and go to the next unscored' }).click();
  await expect(page.getByRole('heading', { name: 'Score contact 4 of 6' })).toBeFocused();
  await expect(facts).toContainText('3 of 6 scored');
  await expect(page.getByTestId('sample-items').locator('tbody tr').nth(1)).toContainText(
    '✓ Scored 75%',
  );
  await expectAccessible(page, 'scoring a contact');
});

test('the results by adviser match the hand count, and the sample reproduces from its seed', async ({
  page,
  host,
}) => {
  await theLeaderOpensAScoredSample(page, host);

  const list = page.getByTestId('quality-samples');
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await expect(list).toContainText('50%: 6 of 12');
  await expect(list).toContainText('3 of 6 scored');
  await page.getByRole('button', { name: /^Check it can be reproduced/ }).click();
  await expect(list.getByRole('status')).toHaveText(
    '✓ The same 6 contacts come out of seed 2026: the sample can be reproduced.',
  );
  await expectAccessible(page, 'the samples, checked');

  // Results: Amina (100 + 75) ÷ 2 = 87.5%; Ben 80%; everyone (100 + 75 + 80) ÷ 3 = 85%.
  await page.getByRole('button', { name: 'Results by adviser' }).click();
  await page.getByLabel('First day').fill('2026-11-01');
  await page.getByLabel('Last day').fill('2026-11-23');
  await page.getByRole('button', { name: 'Show the results' }).click();
  const results = page.getByTestId('quality-results');
  await expect(results.locator('tbody tr')).toHaveText([
    /^Amina KhanNovember 2026287\.5%/,
    /^Ben HughesNovember 2026180%/,
    /^All advisersNovember 2026385%/,
    /^All advisersWhole period385%/,
  ]);
  // Identity checked: met, not met, met: 2 of 3.
  await expect(results.locator('tbody tr').nth(3).locator('td').nth(4)).toHaveText('66.7%2 of 3');
  await expectAccessible(page, 'quality results');
});

test('a team leader edits the checklist; later scores use it and the results keep the old point', async ({
  page,
  host,
}) => {
  await theLeaderOpensAScoredSample(page, host);

  // The checklist: add a point, move it up, reword one, retire one.
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.getByLabel('New point').fill('Told the customer how to complain');
  await page.getByRole('button', { name: 'Add to the checklist' }).click();
  await page.getByRole('button', { name: 'Move up point 6' }).click();
  await expect(page.getByRole('button', { name: 'Move up point 5' })).toBeFocused();
  await page.getByRole('button', { name: 'Reword point 1' }).click();
  await page.getByLabel('Point 1', { exact: true }).fill('Greeted the customer and gave own name');
  await page.getByRole('button', { name: 'Save the wording' }).click();
  await page.getByRole('button', { name: 'Retire point 4' }).click();
  await page.getByRole('button', { name: 'Yes, retire it' }).click();
  await expect(page.getByTestId('checklist').locator('li')).toHaveText([
    /1\. Greeted the customer and gave own name/,
    /2\. Checked identity to the right level for the transaction/,
    /3\. Resolved the enquiry, or explained the next steps and timescales/,
    /4\. Told the customer how to complain/,
    /5\. Offered further services/,
  ]);
  await expect(page.getByTestId('checklist-retired')).toHaveText(
    'Recorded the contact accurately Retired',
  );
  await expectAccessible(page, 'the checklist');

  // The next contact is scored on the new checklist; the results keep the retired point.
  await page.getByRole('button', { name: 'Samples', exact: true }).click();
  await page.getByRole('button', { name: '23 November 2026', exact: true }).click();
  await page.getByRole('button', { name: 'Score the next unscored contact' }).click();
  await expect(
    page.getByRole('group', { name: '4. Told the customer how to complain' }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: /Recorded the contact accurately/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Results by adviser' }).click();
  await page.getByLabel('First day').fill('2026-11-01');
  await page.getByLabel('Last day').fill('2026-11-23');
  await page.getByRole('button', { name: 'Show the results' }).click();
  await expect(page.getByTestId('quality-results').locator('thead')).toContainText(
    'Recorded the contact accurately (retired)',
  );
});
