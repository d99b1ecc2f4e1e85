// The single view of the customer: an adviser records a call for a new customer, makes the
// proactive offers, hands it off and reads the customer their summary; then finds them again
// by a misspelt name and part of a postcode and sees everything on one timeline. A team
// leader merges a duplicate record and sets a warning marker.
import { expect, expectAccessible, signIn, test } from './fixtures';

const NOW = new Date('2026-11-23T10:00:00Z'); // Monday, 10:00 in London (GMT)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('hand off from a contact, then find the customer by a misspelt name and partial postcode', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);

  // Record the call, linked to a new customer record.
  const form = page.locator('form.contact-form');
  await form.getByRole('button', { name: 'New customer record' }).click();
  await form.getByLabel('First name', { exact: true }).fill('Siobhan');
  await form.getByLabel('Last name').fill('Kowalczyk');
  await form.getByLabel('Postcode', { exact: true }).fill('wa8 7qa');
  await form.getByRole('button', { name: 'Create record' }).click();
  await expect(form.getByText('Customer: Siobhan Kowalczyk, WA8 7QA')).toBeVisible();
  await page.locator('#record-channel').selectOption({ label: 'Telephone' });
  await page
    .locator('#record-serviceId')
    .selectOption({ label: 'Housing Benefit and Council Tax Reduction' });
  await page
    .locator('#record-interactionTypeId')
    .selectOption({ label: 'Change of circumstances' });
  await page.locator('#record-customerTypeId').selectOption({ label: 'Citizen' });
  await page.locator('#record-outcome').selectOption({ label: 'Handed off to a department' });
  await page.locator('#record-identityCheck').selectOption({
    label: 'Level 2: several facts checked against our records',
  });
  await page.locator('#record-notes').fill('Started work; earnings to be assessed.');

  // The offers for a benefit claim appear for the service chosen (NeSDS 4).
  const offers = form.getByRole('group', { name: 'Also offer the customer' });
  await expect(offers.getByTestId('offer')).toHaveCount(3);
  await offers.getByRole('group', { name: 'Council Tax Reduction' }).getByLabel('Accepted').check();
  await offers.getByRole('group', { name: 'Free school meals' }).getByLabel('Declined').check();
  await expectAccessible(page, 'record a contact with offers');
  await page.keyboard.press('Control+Enter');

  // A contact saved as handed off goes straight on to the hand-off, nothing retyped.
  const handOff = page.locator('form.hand-off-form');
  await expect(handOff.getByLabel('Department', { exact: true })).toHaveValue(/.+/);
  await expect(handOff.locator('#hand-off-departmentId option:checked')).toHaveText('Benefits');
  await expect(handOff.getByLabel('Details for the department')).toHaveValue(
    'Started work; earnings to be assessed.',
  );
  await handOff.getByLabel('What it is about').fill('your Housing Benefit claim');
  await handOff.getByLabel('Named contact (optional)').fill('Priya Shah');
  await expectAccessible(page, 'hand-off form');
  await handOff.getByRole('button', { name: 'Hand off', exact: true }).click();

  // Five working days from Monday 23 November: Monday 30 November.
  await expect(page.getByRole('heading', { name: 'Handed off: H-2026-000001' })).toBeFocused();
  await expect(page.getByTestId('hand-off-due')).toHaveText('Monday 30 November 2026');
  await expect(page.getByTestId('customer-summary')).toHaveText(
    'Your enquiry about your Housing Benefit claim has been passed to Benefits (Priya Shah). ' +
      'You can expect a response by Monday 30 November 2026. ' +
      'Your reference is H-2026-000001; please quote it if you contact us.',
  );
  await expectAccessible(page, 'hand-off summary');
  await page.screenshot({ path: test.info().outputPath('hand-off-summary.png'), fullPage: true });

  // Later: the customer calls back and spells nothing the way it is on file.
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();
  await page.getByLabel('Name, postcode, phone, email or reference').fill('Kowalcik wa8 7');
  await expect(page.getByTestId('customer-result')).toHaveCount(1);
  await expect(page.getByTestId('customer-result')).toContainText('Siobhan Kowalczyk');
  await expectAccessible(page, 'customer search');
  await page.getByRole('button', { name: 'Siobhan Kowalczyk' }).click();

  await expect(page.getByRole('heading', { name: 'Siobhan Kowalczyk', level: 1 })).toBeFocused();
  await expect(page.getByTestId('needs')).toHaveText('No needs recorded.');
  await expect(page.getByTestId('open-items-row')).toHaveCount(1);
  await expect(page.getByTestId('open-items-row')).toContainText(
    'H-2026-000001: your Housing Benefit claim (Benefits)',
  );
  await expect(page.getByTestId('open-items-row')).toContainText('Due by Monday 30 November 2026');
  await expect(page.getByTestId('timeline-row')).toHaveCount(2);
  await expect(page.getByTestId('timeline-row').nth(1)).toContainText(
    'Telephone: Housing Benefit and Council Tax Reduction',
  );
  await expect(page.getByTestId('timeline-row').nth(1)).toContainText(
    'Handed off to a department (Benefits)',
  );
  await expect(page.getByTestId('timeline-row').nth(1)).toContainText(
    'Offered: Council Tax Reduction (accepted), Free school meals (declined).',
  );
  await expectAccessible(page, 'single view of the customer');
  await page.screenshot({ path: test.info().outputPath('single-view.png'), fullPage: true });

  // A bad postcode changes nothing; a good change of address tells the service once.
  await page.getByRole('button', { name: 'Change of address' }).click();
  await page.getByLabel('New address line 1').fill('3 Church Street');
  await page.getByLabel('Town').fill('Runcorn');
  await page.getByLabel('Postcode', { exact: true }).fill('WA7 QQQ');
  await page.getByRole('button', { name: 'Change address and tell services' }).click();
  await expect(page.locator('#move-postcode-error')).toContainText('not a UK postcode');
  await page.getByLabel('Postcode', { exact: true }).fill('wa7 5tn');
  await expectAccessible(page, 'change of address');
  await page.getByRole('button', { name: 'Change address and tell services' }).click();
  await expect(page.getByTestId('confirmation')).toHaveText(
    '✓ Address changed and 1 department was told by hand-off.',
  );
  await expect(page.getByText('3 Church Street, Runcorn, WA7 5TN', { exact: true })).toBeVisible();
  await expect(page.getByTestId('open-items-row')).toHaveCount(2);
});

test('a team leader merges a duplicate and sets a warning marker everyone sees', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page, 'teamleader');
  await page.keyboard.press('Alt+7');
  for (const [first, last] of [
    ['Robert', 'Smith'],
    ['Rob', 'Smith'],
  ] as const) {
    await page.getByRole('button', { name: 'New customer record' }).click();
    await page.getByLabel('First name', { exact: true }).fill(first);
    await page.getByLabel('Last name').fill(last);
    await page.getByLabel('Postcode', { exact: true }).fill('WA8 7QA');
    await page.getByRole('button', { name: 'Create record' }).click();
    await expect(page.getByRole('heading', { name: `${first} ${last}`, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: '← Back to search' }).click();
  }

  // The check runs in the background after customer changes (at most every few minutes);
  // the team leader runs it now rather than wait.
  const duplicates = page.getByRole('region', { name: 'Possible duplicate records' });
  await expect(duplicates.getByTestId('duplicates-checked')).toContainText('Last checked');
  await duplicates.getByRole('button', { name: 'Check now' }).click();
  await expect(duplicates.getByTestId('confirmation')).toHaveText(
    /^Check finished: 1 possible duplicate among [\d,]+ records\.$/,
  );
  const pair = page.getByTestId('duplicate-pair');
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText('Why: same first and last name (nickname) and same postcode');
  await expectAccessible(page, 'duplicates');
  await pair.getByRole('button', { name: 'Keep this record (Robert Smith)' }).click();
  await expect(pair.getByText('Merge Rob Smith into Robert Smith?')).toBeVisible();
  await pair.getByRole('button', { name: 'Merge the records' }).click();
  await expect(duplicates.getByTestId('confirmation')).toHaveText(
    'Merged into Robert Smith: 0 linked records moved.',
  );
  await expect(page.getByText('No likely duplicates found.')).toBeVisible();

  await page.getByLabel('Name, postcode, phone, email or reference').fill('Bob Smith');
  await expect(page.getByTestId('customer-result')).toHaveCount(1);
  await page.getByRole('button', { name: 'Robert Smith' }).click();
  await page.getByRole('button', { name: 'Add a warning marker' }).click();
  await page.getByLabel('Kind of marker').fill('Potentially violent person');
  await page.getByLabel('Reason').fill('Threatened staff at the counter on 20 November');
  await page.getByLabel('Review by').fill('2027-05-20');
  await page.getByRole('button', { name: 'Add marker' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Warning marker' });
  await expect(banner).toContainText(
    'Potentially violent person: Threatened staff at the counter on 20 November',
  );
  await expect(banner).toContainText('review by Thursday 20 May 2027');
  await expectAccessible(page, 'customer with a warning marker');

  // At review the team leader keeps it for another six months, then later removes it.
  await banner
    .getByRole('button', { name: 'Review the marker Potentially violent person' })
    .click();
  await banner.getByLabel('Next review by').fill('2027-11-20');
  await expectAccessible(page, 'marker review');
  await banner.getByRole('button', { name: 'Keep the marker' }).click();
  await expect(page.getByTestId('confirmation')).toHaveText('✓ Marker kept until its next review.');
  await expect(banner).toContainText('review by Saturday 20 November 2027');
  await banner
    .getByRole('button', { name: 'Review the marker Potentially violent person' })
    .click();
  await banner.getByRole('button', { name: 'Remove the marker' }).click();
  await expect(page.getByTestId('confirmation')).toHaveText('✓ Marker removed.');
  await expect(page.getByTestId('marker')).toHaveCount(0);
});
