// Issue 21, a new PC joining a council: the council is set up on one PC, which joins the
// council server through Settings and so publishes the council there; a second PC, new and
// empty, joins from its first-run screen with a code for its site, takes the council's lists
// and staff from the server, and the administrator signs in on it with the password they
// chose on the first. Every view passes axe.
import { expect, expectAccessible, signIn, test } from './fixtures';
import { enrolThroughSettings, startCouncil, startNewPc } from './sync-council';

const CLOCK = '2026-11-23T10:00:00Z'; // a Monday, 10:00 in London
const PASSWORD = 'kettle orbit saffron';
const SITE = 'Riverside One Stop Shop';
// PostgreSQL's first start and two PCs take a while; each step waits for a state.
test.setTimeout(120_000);

test('a new PC joins the council from its first screen and its staff sign in', async ({
  page,
  browser,
}) => {
  const council = await startCouncil();
  const [first, second] = await Promise.all([startNewPc(CLOCK), startNewPc(CLOCK)]);
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
  try {
    const pageB = await context.newPage();
    for (const p of [page, pageB]) await p.clock.setFixedTime(new Date(CLOCK));

    // The first PC: the council sets itself up, then joins the server through Settings.
    await page.goto(first.url);
    await page.getByLabel('Council name').fill('Riverside Borough Council');
    await page.getByLabel('First site').fill(SITE);
    await page.getByLabel('Full name').fill('Priya Shah');
    await page.getByLabel('Username').fill('pshah');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set up the council' }).click();
    await expect(page.getByTestId('signed-in')).toContainText('Priya Shah (Administrator)');
    // The administrator's code names the site as they know it.
    await enrolThroughSettings(page, council, 'Reception', SITE);
    const facts = page.getByTestId('council-server-facts');
    await expect(facts).toContainText(SITE);
    await expect(facts).toContainText('C-2026-RI-000123');

    // The second PC, new and empty: its first screen offers to join a council.
    await pageB.goto(second.url);
    const join = pageB.getByRole('region', { name: /Joining a council/ });
    await expect(join).toBeVisible();
    await expectAccessible(pageB, 'first run: joining a council');
    // A code for a site the council does not have is refused, naming the sites it has.
    await join.getByLabel('Server address').fill(council.url);
    await join.getByLabel('Enrolment code').fill(await council.enrolmentCode('Town Hall'));
    await join.getByLabel('Desk name').fill('Desk 2');
    await join.getByRole('button', { name: 'Join the council' }).click();
    const summary = pageB.getByRole('alert');
    await expect(summary).toContainText('This PC did not join');
    await expect(summary).toContainText(`Its sites are: ${SITE}.`);
    await expectAccessible(pageB, 'first run: joining refused');
    await pageB.screenshot({ path: '/tmp/shots/join-refused.png', fullPage: true });

    await join.getByLabel('Enrolment code').fill(await council.enrolmentCode(SITE));
    await join.getByRole('button', { name: 'Join the council' }).click();
    // The council's staff came from the server: the sign-in screen, with the council's name.
    await expect(pageB.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(pageB.getByText('Riverside Borough Council')).toBeVisible();
    await signIn(pageB, 'pshah', PASSWORD);
    await expect(pageB.getByTestId('signed-in')).toHaveText(
      `Priya Shah (Administrator) at ${SITE}`,
    );
    await expect(pageB.getByTestId('sync-status')).toHaveText(/^✓ Online$/);
    // The council's lists are the first PC's: its site and services are here.
    await pageB.keyboard.press('Alt+9');
    const factsB = pageB.getByTestId('council-server-facts');
    await expect(factsB).toContainText('Desk 2');
    await expect(factsB).toContainText(SITE);
    await expectAccessible(pageB, 'settings on the new PC');
    await pageB.screenshot({ path: '/tmp/shots/join-new-pc-settings.png', fullPage: true });
  } finally {
    await context.close();
    await Promise.all([first.close(), second.close()]);
    await council.close();
  }
});
