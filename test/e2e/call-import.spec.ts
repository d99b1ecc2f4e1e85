// The contact-centre team leader imports the switch's call records for the morning: a messy
// export (byte-order mark, quoted commas, a comment over two lines, a duplicate row and three
// bad rows), on a day Ben has typed answer times for. The preview says exactly what will
// happen to each row, and warns which typed times the switch's records will replace: only
// those in the hour the file covers (issue 19). The import brings the answer times onto the
// daily stats beside Ben's afternoon; a second look finds nothing new; and undoing the import
// takes the calls off the stats again, leaving abandoned calls not known. Every view passes axe.
import type { Page } from '@playwright/test';
import { MESSY_SWITCH_CSV } from '../fixtures/switch-calls';
import { signedIn } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';
import type { RunningHost } from './host';

const NOW = new Date('2026-11-23T17:00:00Z'); // Monday 17:00 in London (GMT)
test.use({ hostClock: NOW.toISOString() });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

async function chooseFile(page: Page) {
  await page.getByLabel('CSV file from the telephone system').setInputFiles({
    name: 'calls-23-11.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(MESSY_SWITCH_CSV, 'utf8'),
  });
}

/** Ben's typed answer times, 30 s each: one at 09:30 (the hour the file covers), one at 14:10. */
async function benTypesTwoCalls(host: RunningHost): Promise<void> {
  const ben = await signedIn(host, 'adviser2');
  const ids = await ben.ids();
  for (const start of ['09:30', '14:10'])
    await ben.call('contacts.record', {
      channel: 'telephone',
      serviceId: ids.service('Council Tax'),
      interactionTypeId: ids.interactionType('Providing information'),
      customerTypeId: ids.customerType('Citizen'),
      outcome: 'resolved',
      answerSeconds: 30,
      startedAt: `2026-11-23T${start}:00Z`,
      endedAt: `2026-11-23T${start}:59Z`,
    });
}

async function statsAsa(page: Page) {
  await page.keyboard.press('Alt+t');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  return page.getByTestId('figure-calls-asa');
}

test('a team leader imports the switch’s call records, checks them and undoes the import', async ({
  page,
  host,
}) => {
  await benTypesTwoCalls(host);
  await page.goto(host.url);
  await signIn(page, 'teamleader');
  await page.keyboard.press('Alt+i');
  await expect(page.getByRole('heading', { name: 'Call records' })).toBeVisible();
  await expect(page.getByText('No call records have been imported yet.')).toBeVisible();

  // Preview before choosing anything: each missing answer is named.
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByText('Choose the file to import.')).toBeVisible();
  await expect(page.getByText('Name the telephone system the file comes from.')).toBeVisible();

  await chooseFile(page);
  await page.getByLabel('Telephone system', { exact: true }).fill('Mitel switch');
  // The columns were guessed from the headers; the team leader checks one.
  await expect(page.getByLabel('Seconds in the queue (to answer or hang-up)')).toHaveValue('Wait');
  await expect(page.getByLabel('Why it was transferred (optional)')).toHaveValue('Transfer reason');
  await expect(page.getByLabel('Site whose calls these are')).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Preview the import' }).click();

  const counts = page.getByTestId('call-preview-counts');
  await expect(counts).toContainText('Rows read9');
  await expect(counts).toContainText(
    'To import5 (4 answered, 1 abandoned; average speed of answer 18 seconds)',
  );
  await expect(counts).toContainText('Duplicates, left out1 (line 6)');
  await expect(counts).toContainText('Rows with a problem, skipped3');
  await expect(counts).toContainText('Typed answer times to be replaced1');
  // Ben's 09:30 call is in the hour the switch's records cover; his 14:10 call is not.
  await expect(page.getByTestId('call-preview-typed').locator('p')).toHaveText([
    '⚠ 1 typed answer time will be replaced by the switch’s records for Mon 23 Nov 09:00-10:00 at Contact Centre.',
    'The file covers 1 of the 10 opening hours of Mon 23 Nov: the rest of the day keeps the typed times.',
  ]);
  await expect(page.getByTestId('call-problems').locator('tbody tr')).toHaveText([
    /^7.*"31\/11\/2026 09:03:00" is not a date and time/,
    /^8.*"abc" is not a number of seconds/,
    /^9.*"On hold" does not say answered or abandoned/,
  ]);
  await expect(page.getByText('imported without an adviser: Unknown Person')).toBeVisible();
  await expect(page.getByTestId('call-sample').locator('tbody tr').first()).toContainText(
    'Ben Hughes',
  );
  await expectAccessible(page, 'call import preview');

  await page.getByRole('button', { name: 'Import 5 calls' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    '✓ Imported 5 calls from calls-23-11.csv; left out 1 duplicate and 3 rows with a problem.',
  );
  const history = page.getByTestId('call-imports');
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history).toContainText('Mitel switch');

  // The answer times are on the day's stats with Ben's afternoon call:
  // (12 + 31 + 25 + 5 + 30) / 5 = 20.6 s.
  const asa = await statsAsa(page);
  await expect(asa.locator('.stat-value')).toHaveText('21 s');
  await expect(asa).toContainText('✓ Target met');
  // The switch's five reached the queue between 09:00 and 10:00; at 14:00 only Ben's typed
  // call, and no switch records to say whether anyone hung up.
  await expect(page.getByTestId('calls-by-hour').locator('tbody tr')).toHaveText([
    /09:00 to 10:00\s*4\s*1 \(20%\)\s*18 s ✓ met/,
    /14:00 to 15:00\s*1\s*Not known \(no switch records\)\s*30 s ✓ met/,
  ]);
  await expectAccessible(page, 'daily stats with imported calls');

  // The same file again: the mapping is remembered and nothing is new.
  await page.keyboard.press('Alt+i');
  await chooseFile(page);
  await page.getByLabel('Telephone system', { exact: true }).fill('Mitel switch');
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(counts).toContainText('To import0');
  await expect(counts).toContainText('Duplicates, left out6');
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  // Undo, with a second press to confirm.
  await page.getByRole('button', { name: 'Undo the import of calls-23-11.csv' }).click();
  await page.getByRole('button', { name: 'Yes, undo the import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toHaveText(
    '✓ Undone: the 5 calls from calls-23-11.csv are removed.',
  );
  await expect(history).toContainText('Undone');
  await expectAccessible(page, 'call imports after undo');
  // Ben's typed times count again; with no switch records, abandoned calls are not known.
  await expect((await statsAsa(page)).locator('.stat-value')).toHaveText('30 s');
  await expect(page.getByTestId('figure-calls-abandoned')).toContainText(
    'Abandoned callsKnown once the switch’s records are imported',
  );
  await expectAccessible(page, 'daily stats with abandoned calls not known');
});
