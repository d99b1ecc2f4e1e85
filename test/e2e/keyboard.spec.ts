// Issue 19, keyboard: an adviser works without the mouse. Each screen shortcut puts the
// cursor in that screen, so typing goes straight in; every form saves by keyboard wherever
// the cursor is in it; a save key pressed again while saving saves once; and a success
// message goes as the next action starts, never left above a new refusal.
import type { Page } from '@playwright/test';
import { signedIn } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';

const NOW = new Date('2026-11-23T10:00:00Z'); // a Monday; 10:00 in London (GMT)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

/**
 * Holds the page's calls to `method` until released, counting them: a second save sent
 * while the first is still held would be counted, so "pressed twice, saved once" is a
 * fact about the requests, not about timing.
 */
async function holdCalls(page: Page, method: string) {
  let sent = 0;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/call/${method}`, async (route) => {
    sent += 1;
    await held;
    await route.continue();
  });
  return { sent: () => sent, release };
}

test('screen shortcuts put the cursor in the screen, and a double Enter logs one enquiry', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);
  // Signing in arrives at Record a contact with the cursor in the quick log's service.
  await expect(page.locator('#quick-service')).toBeFocused();

  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();
  await page.keyboard.type('Kowalczyk');
  await expect(page.getByLabel('Name, postcode, phone, email or reference')).toHaveValue(
    'Kowalczyk',
  );
  await expectAccessible(page, 'customers, typed into straight after Alt+7');

  // The letters screen: its list's first filter. Now calling has nothing to type in: its h1.
  await page.keyboard.press('Alt+6');
  await expect(page.locator('#filter-service')).toBeFocused();
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: /^Now calling at/, level: 1 })).toBeFocused();
  await expectAccessible(page, 'now calling, its heading focused');

  // Record a contact: the quick log's service, since the channel is remembered.
  await page.keyboard.press('Alt+1');
  await page.keyboard.type('Bins');
  await expect(page.locator('#quick-service option:checked')).toHaveText(
    'Bins, Waste and Recycling',
  );

  const quickLogs = await holdCalls(page, 'contacts.quickLog');
  await page.keyboard.press('Enter');
  await expect.poll(quickLogs.sent).toBe(1);
  await page.keyboard.press('Enter');
  quickLogs.release();
  await expect(page.locator('.quick-log .confirmation')).toContainText(
    'Logged: Telephone enquiry about Bins, Waste and Recycling, resolved',
  );
  expect(quickLogs.sent()).toBe(1);
  const today = await (await signedIn(host, 'adviser')).call('contacts.mineToday', {});
  expect(today.contacts.map((c) => c.serviceName)).toEqual(['Bins, Waste and Recycling']);
  await expectAccessible(page, 'record a contact after a quick log');
});

test('reception checks a visitor in by keyboard alone, and the last ticket goes before a refusal', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+3');
  await expect(page.getByLabel('Appointment', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Council Tax');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dee');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ticket A001: give it to the visitor.')).toBeVisible();
  await expect(page.getByLabel('Service wanted')).toBeFocused();

  // The next visitor: Enter before a service is chosen is refused, and A001 is gone.
  await page.keyboard.press('Enter');
  await expect(page.locator('#checkin-serviceId-error')).toBeVisible();
  await expect(page.getByTestId('issued-ticket')).toBeHidden();
  await expectAccessible(page, 'reception refusing a check-in');

  // Ctrl+Enter saves from the list, as Enter does.
  await page.keyboard.type('Council Tax');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('issued-ticket')).toHaveText('A002');
  await expect(page.locator('#checkin-serviceId-error')).toBeHidden();

  // Typing for the next visitor clears A002: it has been given out.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('issued-ticket')).toHaveText('A002');
  await page.keyboard.type('Fay');
  await expect(page.getByLabel('Name to call')).toHaveValue('Fay');
  await expect(page.getByTestId('issued-ticket')).toBeHidden();
});

test('at My desk, Alt+X, Alt+S, Alt+F and Ctrl+Enter record the visit, once', async ({
  page,
  host,
}) => {
  // Reception (the administrator, also at the Town Hall) has checked a visitor in.
  const reception = await signedIn(host, 'admin');
  const ids = await reception.ids();
  await reception.call('queue.checkIn', {
    serviceId: ids.service('Council Tax'),
    customerName: 'Eve',
  });

  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+4');
  await expect(page.getByLabel('Desk name')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'My desk: Desk 1' })).toBeVisible();
  await page.keyboard.press('Alt+x');
  await expect(page.getByRole('heading', { name: /Ticket A001: Called/ })).toBeVisible();
  await page.keyboard.press('Alt+s');
  await expect(page.getByRole('heading', { name: /Ticket A001: Being seen/ })).toBeVisible();
  await page.keyboard.press('Alt+f');

  // The contact comes filled in from the visit; the cursor is on the first thing to choose.
  const enquiryType = page.locator('#visit-contact-interactionTypeId');
  await expect(enquiryType).toBeFocused();
  await expectAccessible(page, 'desk recording the finished visit');
  await page.keyboard.type('Collecting');
  await page.keyboard.press('Tab'); // customer type, filled in
  await page.keyboard.press('Tab');
  await page.keyboard.type('Resolved');
  await expect(page.locator('#visit-contact-outcome option:checked')).toHaveText(
    'Resolved at first contact',
  );

  const records = await holdCalls(page, 'contacts.record');
  await page.keyboard.press('Control+Enter');
  await expect.poll(records.sent).toBe(1);
  await page.keyboard.press('Control+Enter');
  records.release();
  await expect(
    page.getByRole('heading', { name: 'Record the contact for ticket A001' }),
  ).toBeHidden();
  expect(records.sent()).toBe(1);
  const today = await (await signedIn(host, 'adviser')).call('contacts.mineToday', {});
  expect(today.contacts.map((c) => [c.channel, c.serviceName, c.outcome])).toEqual([
    ['face_to_face', 'Council Tax', 'resolved'],
  ]);
});
