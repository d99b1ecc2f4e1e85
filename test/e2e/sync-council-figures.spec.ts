// Issue 23, "where the leader's figures come from": two desk PCs and a team leader's PC on one
// council server. Each desk logs an enquiry and reception checks a visitor in; the leader's
// stats count both desks' contacts and the visit, council-wide from the server, and say so.
// With the server gone, the leader's figures come from that PC's own copy, marked ⚠ with up to
// when and why. Every view passes axe.
import { expect, expectAccessible, signIn, test } from './fixtures';
import { checkIn } from './queue-page';
import { enrolThroughSettings, quickLog, signInOn, startCouncil, startDesks } from './sync-council';

const CLOCK = '2026-11-23T10:00:00Z'; // a Monday, 10:00 in London; the PCs' clocks stand still
test.setTimeout(150_000);

test('the leader’s figures count every desk, from the server, and say when they cannot', async ({
  page,
  browser,
}) => {
  const council = await startCouncil();
  const [deskA, deskB, leaderPc] = await startDesks(3, CLOCK);
  const contexts = await Promise.all(
    [0, 1].map(() => browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' })),
  );
  try {
    const [pageB, leader] = await Promise.all(contexts.map((c) => c.newPage()));
    for (const p of [page, pageB!, leader!]) await p.clock.setFixedTime(new Date(CLOCK));
    const pcs = [
      [page, deskA!, 'Desk A'],
      [pageB!, deskB!, 'Desk B'],
      [leader!, leaderPc!, 'Leader PC'],
    ] as const;
    for (const [p, desk, name] of pcs) {
      await signInOn(p, desk, 'admin');
      await enrolThroughSettings(p, council, name);
      await p.getByRole('button', { name: 'Sign out' }).click();
    }
    await signIn(page, 'adviser');
    await signIn(pageB!, 'adviser2');
    await signIn(leader!, 'teamleader');

    // Desk A logs an enquiry; desk B logs one and checks a visitor in.
    await quickLog(page, 'Council Tax');
    await quickLog(pageB!, 'Licensing');
    await pageB!.keyboard.press('Alt+3');
    await checkIn(pageB!, 'Council Tax', 'Ann Visitor');
    await expect(pageB!.getByTestId('issued-ticket')).toHaveText(/^[A-Z]{2}001$/);
    for (const p of [page, pageB!]) {
      await expect(p.getByTestId('sync-status')).toHaveText(/^✓ Online$/);
    }

    // The leader's day: both desks' contacts and the visit, council-wide.
    await leader!.keyboard.press('Alt+t');
    const contacts = leader!.getByTestId('figure-contacts-all').locator('.stat-value');
    await expect(async () => {
      await leader!.getByRole('button', { name: 'Show the figures' }).click();
      await expect(contacts).toHaveText('2', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(leader!.getByTestId('figures-source')).toHaveText(
      /^Council-wide: every desk’s records on the council server, at \d\d:\d\d\.$/,
    );
    await expectAccessible(leader!, 'council-wide stats on the leader’s PC');
    await leader!.screenshot({ path: '/tmp/shots/council-figures-online.png', fullPage: true });
    // The NeSDS evidence says the same.
    await leader!.keyboard.press('Alt+a');
    await expect(leader!.getByTestId('nesds-period')).toBeVisible();
    await expect(leader!.getByTestId('figures-source')).toHaveText(/^Council-wide: /);
    await expectAccessible(leader!, 'council-wide NeSDS evidence');
    await leader!.screenshot({ path: '/tmp/shots/council-evidence-online.png' });
    await leader!.keyboard.press('Alt+t');
    await expect(contacts).toHaveText('2');

    // The server goes: the leader's PC answers from its own copy, and says so.
    await council.stop();
    await expect(leader!.getByTestId('sync-status')).toHaveText(/^⚠ Offline since/, {
      timeout: 20_000,
    });
    await leader!.getByRole('button', { name: 'Show the figures' }).click();
    await expect(leader!.getByTestId('figures-source')).toHaveText(
      /^⚠ This desk’s copy only, with other desks’ work up to \d\d:\d\d: The council server could not be reached\. Work saved on other desks since then is not counted\.$/,
    );
    await expect(contacts).toHaveText('2');
    await expectAccessible(leader!, 'the leader’s stats from this PC’s copy, offline');
    await leader!.screenshot({ path: '/tmp/shots/council-figures-offline.png', fullPage: true });
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
    await Promise.all([deskA, deskB, leaderPc].map((d) => d!.close()));
    await council.close();
  }
});
