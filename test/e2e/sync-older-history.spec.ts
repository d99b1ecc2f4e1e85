// Issue 21, the offline profile: a joined desk keeps the last 90 days of contacts, visits and
// closed items, and reads older history from the council server. Desk A logs a contact for a
// new customer in August; desk B, whose clock stands in November, joins the council and pulls
// it, then lets go of it (older than 90 days, and the server holds it). B's single view of the
// customer still shows it, read from the server and saying so in words; with the server gone
// the view opens with what B holds and says older history will show once it is back. Each view
// passes axe.
import { expect, expectAccessible, test } from './fixtures';
import {
  enrolThroughSettings,
  openOncePulled,
  recordForNewCustomer,
  signInOn,
  startCouncil,
  startDesks,
} from './sync-council';

const AUGUST = '2026-08-10T10:00:00Z'; // a Monday, 11:00 in London
const NOVEMBER = '2026-11-23T10:00:00Z'; // 105 days on: past the 90 a desk keeps
test.setTimeout(150_000);

test('a desk reads a customer’s older history from the council server, and says so', async ({
  page,
  browser,
}) => {
  const council = await startCouncil();
  const [deskA, deskB] = await startDesks(2, [AUGUST, NOVEMBER]);
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
  try {
    const pageB = await context.newPage();
    await page.clock.setFixedTime(new Date(AUGUST));
    await pageB.clock.setFixedTime(new Date(NOVEMBER));

    // August, desk A: joined, and a contact logged for a new customer.
    await signInOn(page, deskA!, 'admin');
    await enrolThroughSettings(page, council, 'Desk A');
    await recordForNewCustomer(page);
    await expect(page.getByTestId('sync-status')).toHaveText(/^✓ Online$/);

    // November, desk B: it joins, pulls the council's records and keeps 90 days of them.
    await signInOn(pageB, deskB!, 'admin');
    await pageB.keyboard.press('Alt+9');
    const keep = pageB.getByLabel('Days of history each desk keeps offline');
    await expect(keep).toHaveValue('90');
    // Too few days would lose what the repeat check and the reply clock look back on.
    await keep.fill('7');
    await pageB.getByRole('button', { name: 'Save settings' }).click();
    await expect(pageB.getByText('Keep at least 14 days', { exact: false }).first()).toBeVisible();
    await expectAccessible(pageB, 'settings: days of history refused');
    await keep.scrollIntoViewIfNeeded();
    await pageB.screenshot({ path: '/tmp/shots/offline-history-setting.png' });
    await keep.fill('90');
    await enrolThroughSettings(pageB, council, 'Desk B');
    await openOncePulled(pageB);
    const row = pageB.getByTestId('timeline-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Telephone: Council Tax');
    await expect(row.getByTestId('from-server')).toHaveText('From the council server');
    await expect(pageB.getByTestId('older-history')).toHaveText(
      'Includes 1 older entry from the council server.',
    );
    // The subject access download from this PC says what it does not cover.
    await expect(pageB.getByTestId('subject-access-scope')).toHaveText(
      'This PC keeps recent history only: contacts, visits and closed items from before Tuesday 25 August 2026 are on the council server and are not in this download.',
    );
    await expectAccessible(pageB, 'single view with older history from the server');
    await pageB.screenshot({ path: '/tmp/shots/older-history-online.png', fullPage: true });

    // The server goes: the view opens at once with what B holds, and says what is missing.
    await council.stop();
    await expect(pageB.getByTestId('sync-status')).toHaveText(/^⚠ Offline since/, {
      timeout: 20_000,
    });
    await pageB.getByRole('button', { name: '← Back to search' }).click();
    await openOncePulled(pageB);
    await expect(pageB.getByTestId('older-history')).toHaveText(
      '⚠ Older history is on the council server and will show when this PC is back online.',
    );
    await expect(pageB.getByTestId('timeline-row')).toHaveCount(0);
    await expect(pageB.getByText('Nothing recent held on this PC.')).toBeVisible();
    await expectAccessible(pageB, 'single view offline, older history not shown');
    await pageB.screenshot({ path: '/tmp/shots/older-history-offline.png', fullPage: true });
  } finally {
    await context.close();
    await Promise.all([deskA!.close(), deskB!.close()]);
    await council.close();
  }
});
