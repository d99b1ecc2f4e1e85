// Data protection (issue 18, item 8): a team leader downloads everything the council holds
// about a customer for a subject access request (UK GDPR Art. 15) and checks the zip, then
// erases the customer's details at their request (Art. 17): refused in words while a letter is
// open, done once it is answered, and the record then reads "Anonymised customer". An
// administrator sets the retention periods and runs the retention now. Every view passes axe.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { signedIn } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';

const NOW = new Date('2026-11-23T10:00:00Z'); // Monday, 10:00 in London (GMT)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('a team leader downloads everything held about a customer, then erases them on request', async ({
  page,
  host,
}) => {
  // An adviser took a call and logged a letter from her earlier this morning.
  const adviser = await signedIn(host, 'adviser');
  const ids = await adviser.ids();
  const customer = await adviser.call('customers.create', {
    firstName: 'Halina',
    lastName: 'Wisniewska',
    postcode: 'WA8 7QA',
    phone: '07700 900318',
  });
  await adviser.call('contacts.record', {
    channel: 'telephone',
    serviceId: ids.service('Council Tax'),
    interactionTypeId: ids.interactionType('Providing information'),
    customerTypeId: ids.customerType('Citizen'),
    outcome: 'resolved',
    notes: 'Mrs Wisniewska asked for her balance.',
    startedAt: '2026-11-23T09:00:00Z',
    endedAt: '2026-11-23T09:05:00Z',
    customerId: customer.id,
  });
  const letter = await adviser.call('correspondence.log', {
    channel: 'letter',
    receivedAt: '2026-11-23T08:30:00Z',
    serviceId: ids.service('Council Tax'),
    subject: 'Asks for a copy of everything we hold, then to be forgotten',
    customerId: customer.id,
  });

  await page.goto(host.url);
  await signIn(page, 'teamleader');
  await page.keyboard.press('Alt+7');
  await page.getByLabel('Name, postcode, phone, email or reference').fill('Wisniewska');
  await page.getByRole('button', { name: 'Halina Wisniewska' }).click();
  await expect(page.getByRole('heading', { name: 'Halina Wisniewska', level: 1 })).toBeFocused();

  // Subject access: one zip, readable, machine-readable and one CSV per kind of record.
  const panel = page.getByRole('region', { name: 'Data protection' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Download everything we hold (subject access)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('subject-access-halina-wisniewska-2026-11-23.zip');
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004'); // a zip
  const files = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining([
      'subject-access.html',
      'subject-access.json',
      'csv/customer-record.csv',
      'csv/contacts.csv',
      'csv/letters-and-emails.csv',
      'csv/history-of-changes.csv',
    ]),
  );
  expect(new TextDecoder().decode(files['subject-access.html'])).toContain(
    'holds about Halina Wisniewska',
  );
  await expect(panel.getByTestId('data-protection-status')).toContainText(
    'Downloaded subject-access-halina-wisniewska-2026-11-23.zip:',
  );
  await expectAccessible(page, 'data protection panel after a download');

  // Erasure: by keyboard, a reason is needed, and an open letter stops it.
  await panel.getByRole('button', { name: 'Erase this customer’s personal details…' }).focus();
  await page.keyboard.press('Enter');
  const reason = panel.getByLabel('Why are they being erased?');
  await expect(reason).toBeFocused();
  await panel.getByRole('button', { name: 'Erase personal details' }).click();
  await expect(panel.getByRole('alert')).toContainText('Give the reason for erasing');
  await reason.fill('She asked in writing on 23 November.');
  await panel.getByRole('button', { name: 'Erase personal details' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    `These details cannot be erased yet: the letter or email ${letter.reference} is still awaiting a full reply.`,
  );
  await expectAccessible(page, 'erasure refused while a letter is open');

  // The letter is answered; now the erasure goes through.
  await adviser.call('correspondence.respond', {
    id: letter.id,
    respondedAt: '2026-11-23T10:00:00Z',
    channel: 'letter',
  });
  await panel.getByRole('button', { name: 'Erase personal details' }).click();
  await expect(page.getByTestId('confirmation')).toHaveText(
    '✓ Personal details erased. The record now shows as Anonymised customer.',
  );
  await expect(page.getByRole('heading', { name: 'Anonymised customer', level: 1 })).toBeVisible();
  await expect(page.getByText('Wisniewska')).toHaveCount(0);
  await expect(page.getByText('07700 900318')).toHaveCount(0);
  await expectAccessible(page, 'an anonymised customer');
});

test('an adviser has no data protection panel', async ({ page, host }) => {
  const leader = await signedIn(host, 'teamleader');
  await leader.call('customers.create', { firstName: 'Owen', lastName: 'Probert' });
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+7');
  await page.getByLabel('Name, postcode, phone, email or reference').fill('Probert');
  await page.getByRole('button', { name: 'Owen Probert' }).click();
  await expect(page.getByRole('heading', { name: 'Owen Probert', level: 1 })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Data protection' })).toHaveCount(0);
});

test('an administrator sets how long personal details are kept and runs it now', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page, 'admin');
  await page.keyboard.press('Alt+9');
  const form = page.getByRole('form', { name: 'Keeping personal details' });
  const years = form.getByLabel('Customer records: years after their last contact');
  await expect(years).toHaveValue('6');
  await years.fill('0');
  await form.getByRole('button', { name: 'Save retention periods' }).click();
  await expect(form.getByRole('alert')).toContainText('Keep customer records for at least 1 year.');
  await years.fill('7');
  await form.getByRole('button', { name: 'Save retention periods' }).click();
  await expect(form.getByTestId('retention-status')).toHaveText(
    'Retention periods saved. They apply from the next run.',
  );
  await form.getByRole('button', { name: 'Anonymise what is past its period now' }).click();
  await expect(form.getByTestId('retention-status')).toHaveText(
    'Done: 0 customers anonymised, 0 visitors’ names removed, 0 other records blanked. Figures are unchanged.',
  );
  await expectAccessible(page, 'retention settings');
});
