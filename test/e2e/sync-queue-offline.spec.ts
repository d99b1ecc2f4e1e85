// Issue 22, "offline at a site": a desk PC joined to the council server loses it while serving.
// It says so where the queue is worked, finishes the visitor at its counter, and will not call
// a visitor checked in at reception's PC (another desk may be calling them), with the reason;
// once the server is back it calls them. Both PCs' views pass axe.
import { expect, expectAccessible, signIn, test } from './fixtures';
import { checkIn } from './queue-page';
import { enrolThroughSettings, withTwoDesks } from './sync-council';

const CLOCK = '2026-11-23T10:00:00Z'; // a Monday, 10:00 in London; the desks' clocks stand still
test.setTimeout(120_000);

test('a desk that loses the server serves its visitor and will not call one from reception', async ({
  page,
  browser,
}) => {
  await withTwoDesks(page, browser, CLOCK, async ({ council, pageB: desk }) => {
    await enrolThroughSettings(page, council, 'Reception');
    await enrolThroughSettings(desk, council, 'Desk 1 PC');
    await desk.getByRole('button', { name: 'Sign out' }).click();
    await desk.getByLabel('Working at').selectOption({ label: 'Town Hall One Stop Shop' });
    await signIn(desk, 'adviser');

    await desk.keyboard.press('Alt+4');
    await desk.getByLabel('Desk name').fill('Desk 1');
    await desk.getByRole('button', { name: 'Open desk' }).click();
    await expect(desk.getByRole('heading', { name: 'My desk: Desk 1' })).toBeVisible();

    // Reception checks Ann in; the desk calls and starts serving her, the server agreeing.
    await page.keyboard.press('Alt+3');
    await checkIn(page, 'Council Tax', 'Ann Visitor');
    await expect(page.getByTestId('issued-ticket')).toHaveText('AA001');
    await expect(desk.getByTestId('waiting-count')).toHaveText('1');
    await desk.keyboard.press('Alt+x');
    await expect(desk.getByRole('heading', { name: /^Ticket AA001: Called/ })).toBeVisible();
    await desk.keyboard.press('Alt+s');
    await expect(desk.getByRole('heading', { name: /^Ticket AA001: Being seen/ })).toBeVisible();
    await checkIn(page, 'Council Tax', 'Bob Visitor');
    await expect(page.getByTestId('issued-ticket')).toHaveText('AA002');
    await expect(desk.getByTestId('waiting-count')).toHaveText('1');

    // The server goes; the desk finds out at its next round and says what that means here.
    await council.stop();
    await expect(desk.getByTestId('sync-status')).toHaveText(/^⚠ Offline since 10:00/, {
      timeout: 20_000,
    });
    await expect(desk.getByTestId('offline-queue-note')).toContainText(
      'only visitors checked in at this PC are called from here',
    );

    // Ann is this desk's: finished without the server.
    await desk.keyboard.press('Alt+f');
    await expect(
      desk.getByRole('heading', { name: 'Record the contact for ticket AA001' }),
    ).toBeVisible();
    // Bob was checked in at reception: not this desk's to call while it cannot ask.
    await desk.getByRole('button', { name: 'Call ticket AA002' }).click();
    await expect(desk.getByTestId('desk-error')).toHaveText(
      'The council server cannot be reached, so this desk calls only visitors checked in at this PC, and this visitor was checked in at another. Call them once the header says Online.',
    );
    await expectAccessible(desk, 'a desk offline, refused a visitor from reception');
    await desk.screenshot({ path: '/tmp/shots/sync-queue-offline-desk.png', fullPage: true });

    // The server is back: the desk calls Bob.
    await council.start();
    await expect(desk.getByTestId('sync-status')).toHaveText(/^✓ Online$/, { timeout: 20_000 });
    await expect(desk.getByTestId('offline-queue-note')).toHaveCount(0);
    await desk.getByRole('button', { name: 'Call ticket AA002' }).click();
    await expect(desk.getByRole('heading', { name: /^Ticket AA002: Called/ })).toBeVisible();
    await expect(desk.getByTestId('desk-error')).toHaveCount(0);
  });
});
