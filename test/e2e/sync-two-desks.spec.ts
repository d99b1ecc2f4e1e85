// Issue 21, "two desks and a server work together in the browser": a council server on a real
// (embedded) PostgreSQL and two browser-mode desks joined to it through Settings. A contact
// recorded for a customer on desk A appears in desk B's single view of that customer.
import { expect, expectAccessible, test } from './fixtures';
import {
  enrolThroughSettings,
  openOncePulled,
  recordForNewCustomer,
  withTwoDesks,
} from './sync-council';

const CLOCK = '2026-11-23T10:00:00Z'; // a Monday, 10:00 in London
// PostgreSQL's first start and two desks take a while; each step waits for a state.
test.setTimeout(120_000);

test('a contact recorded on one desk appears in the other desk’s customer view', async ({
  page,
  browser,
}) => {
  await withTwoDesks(page, browser, CLOCK, async ({ council, pageB }) => {
    // A single desk says nothing about sync in its header.
    await expect(page.getByTestId('sync-status')).toHaveCount(0);
    await page.keyboard.press('Alt+9');
    await page.getByRole('heading', { name: 'Council server' }).scrollIntoViewIfNeeded();
    await expectAccessible(page, 'settings: council server, single desk');

    // A wrong code is refused by the field, and the desk stays single.
    const section = page.getByRole('region', { name: 'Council server' });
    await section.getByLabel('Server address').fill(council.url);
    await section.getByLabel('Enrolment code').fill('not-a-code');
    await section.getByLabel('Desk name').fill('Desk A');
    await section.getByRole('button', { name: 'Join the council server' }).click();
    await expect(page.locator('#enrol-code-error')).toContainText('16 letters and digits');
    await expect(page.getByRole('heading', { name: 'This desk was not joined' })).toBeVisible();
    await expectAccessible(page, 'settings: enrolment refused');

    await enrolThroughSettings(page, council, 'Desk A');
    await expect(section.getByTestId('council-server-facts')).toContainText(
      'Not sealed: this desk has no operating system key store',
    );
    await expectAccessible(page, 'settings: council server, joined');
    await section.screenshot({ path: '/tmp/shots/sync-settings-joined.png' });
    await enrolThroughSettings(pageB, council, 'Desk B');

    // Desk A records a telephone contact for a new customer, through the screens.
    await recordForNewCustomer(page);
    // Shipped soon after the save: nothing waits on desk A.
    await expect(page.getByTestId('sync-status')).toHaveText(/^✓ Online$/);

    // Desk B finds the customer, and the contact, once its next round has pulled them.
    await openOncePulled(pageB);
    await expect(pageB.getByTestId('timeline-row')).toHaveCount(1, { timeout: 20_000 });
    await expect(pageB.getByTestId('timeline-row')).toContainText('Telephone: Council Tax');
    await expect(pageB.getByTestId('sync-status')).toHaveText(/^✓ Online$/);
    await expectAccessible(pageB, 'single view on desk B, joined');

    await page.screenshot({ path: '/tmp/shots/sync-desk-a-recorded.png', fullPage: true });
    await pageB.screenshot({ path: '/tmp/shots/sync-desk-b-customer.png', fullPage: true });
  });
});
