// Nothing lost at the desk (issue 19): an adviser finishes a visit, and the page is reloaded
// before the contact filled in from it is saved. Back at My desk the visit is listed as
// waiting for its contact; one press opens the same filled-in form, and saving it clears the
// list.
import { signedIn } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';

const NOW = new Date('2026-11-23T10:00:00Z'); // Monday, 10:00 in London (GMT)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('a desk’s contact survives a reload', async ({ page, host }) => {
  const reception = await signedIn(host, 'adviser2');
  const ids = await reception.ids();
  await reception.call('queue.checkIn', {
    siteId: ids.site('Town Hall One Stop Shop'),
    serviceId: ids.service('Council Tax'),
  });

  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Open desk' }).click();
  await expect(page.getByRole('heading', { name: 'My desk: Desk 1' })).toBeVisible();
  await page.keyboard.press('Alt+x');
  await expect(page.getByRole('heading', { name: /Ticket A001: Called/ })).toBeVisible();
  await page.keyboard.press('Alt+s');
  await expect(page.getByRole('heading', { name: /Ticket A001: Being seen/ })).toBeVisible();
  await host.advanceClock(4 * 60_000); // 10:04
  await page.keyboard.press('Alt+f');
  await expect(
    page.getByRole('heading', { name: 'Record the contact for ticket A001' }),
  ).toBeVisible();

  // The page is reloaded before the contact is saved.
  await page.reload();
  await expect(page.getByTestId('signed-in')).toBeVisible();
  await page.keyboard.press('Alt+4');
  const waiting = page.getByRole('region', { name: /Visits waiting for their contact/ });
  await expect(waiting).toContainText('Record the contact for ticket A001');
  await expect(waiting).toContainText('Council Tax; finished at 10:04');
  await expectAccessible(page, 'desk with a visit waiting for its contact');

  await waiting.getByRole('button', { name: 'Record the contact for ticket A001' }).click();
  const form = page.locator('section', {
    has: page.getByRole('heading', { name: 'Record the contact for ticket A001' }),
  });
  await expect(form.getByLabel('Channel')).toHaveValue('face_to_face');
  await expect(page.locator('#visit-contact-startTime')).toHaveValue('10:00');
  await expect(page.locator('#visit-contact-endTime')).toHaveValue('10:04');
  await form.getByLabel('Type of enquiry').selectOption({ label: 'Collecting revenue' });
  await form.getByLabel('Outcome').selectOption({ label: 'Resolved at first contact' });
  await form.getByRole('button', { name: /Save contact/ }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('region', { name: /Visits waiting for their contact/ })).toHaveCount(
    0,
  );

  // My contacts today has the contact, and nothing waiting.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'My contacts today' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Council Tax/ })).toHaveCount(1);
  await expect(page.getByRole('region', { name: /Visits waiting for their contact/ })).toHaveCount(
    0,
  );
});
