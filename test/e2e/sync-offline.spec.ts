// Issue 21, offline: the council server goes down, a desk carries on and says so in its
// header ("Offline since 10:00, 3 changes waiting"), and when the server is back the desk's
// changes go and the other desk sees them. Nothing is lost on the way.
import { expect, expectAccessible, test } from './fixtures';
import { enrolThroughSettings, quickLog, withTwoDesks } from './sync-council';

const CLOCK = '2026-11-23T10:00:00Z'; // a Monday, 10:00 in London; the desks' clocks stand still
test.setTimeout(120_000);

test('a desk offline records three contacts, and they arrive when it reconnects', async ({
  page,
  browser,
}) => {
  await withTwoDesks(page, browser, CLOCK, async ({ council, pageB }) => {
    await enrolThroughSettings(page, council, 'Desk A');
    await enrolThroughSettings(pageB, council, 'Desk B');

    // The same adviser works on desk A, then looks at desk B: "My contacts today" counts hers.
    for (const p of [page, pageB]) {
      await p.getByRole('button', { name: 'Sign out' }).click();
      await p.getByLabel('Username').fill('adviser');
      await p.keyboard.press('Tab');
      await p.keyboard.type('demo1234');
      await p.keyboard.press('Enter');
      await expect(p.getByTestId('sync-status')).toHaveText(/Online/);
    }
    await pageB.keyboard.press('Alt+2');
    await expect(pageB.getByTestId('contact-row')).toHaveCount(0);

    await council.stop();
    // Desk A finds the server gone at its next round (every 5 s).
    await expect(page.getByTestId('sync-status')).toHaveText(/^⚠ Offline since 10:00$/, {
      timeout: 20_000,
    });

    // Three quick-logged enquiries: each is saved on the desk at once, and waits to go.
    for (const service of ['Council Tax', 'Licensing', 'General Enquiries']) {
      await quickLog(page, service);
    }
    await expect(page.getByTestId('sync-status')).toHaveText(
      '⚠ Offline since 10:00, 3 changes waiting',
    );
    await expectAccessible(page, 'header while offline');
    await page.screenshot({ path: '/tmp/shots/sync-desk-a-offline.png' });

    // The server comes back on the same address and data; desk A's next round finds it.
    await council.start();
    await expect(page.getByTestId('sync-status')).toHaveText(/^✓ Online$/, { timeout: 20_000 });
    await expect(async () => {
      await pageB.keyboard.press('Alt+1');
      await pageB.keyboard.press('Alt+2');
      await expect(pageB.getByTestId('contact-row')).toHaveCount(3, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await pageB.screenshot({ path: '/tmp/shots/sync-desk-b-three-contacts.png' });
  });
});
