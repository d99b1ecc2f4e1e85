// A leader who goes straight to a screen after signing in, before the council's lists
// (sites, services, ...) have arrived from the back end: on a busy desk or a slow network
// that is a second or more. Each screen must appear and fill its lists when they come, not
// blank the window. (A site list made afresh on every render once did exactly that: React
// gave up with "Maximum update depth exceeded", and journeys waited out their minute.)
import { expect, expectAccessible, signIn, test } from './fixtures';

const SCREENS = [
  ['Alt+k', 'Quality checks'],
  ['Alt+i', 'Call records'],
  ['Alt+t', 'Daily stats'],
  ['Alt+a', 'NeSDS evidence'],
  ['Alt+r', 'Satisfaction surveys'],
] as const;

test('every leader’s screen opens while the council’s lists are still loading', async ({
  page,
  host,
}) => {
  let release: () => void = () => {};
  const listsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call/reference.list', async (route) => {
    await listsHeld;
    await route.continue();
  });
  await page.goto(host.url);
  await signIn(page, 'teamleader');
  for (const [key, heading] of SCREENS) {
    await page.keyboard.press(key);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
  // The lists arrive: the site choice fills in on the screen that waited for it.
  release();
  await expect(page.getByLabel('Site', { exact: true }).locator('option')).toContainText([
    'All sites',
    'Contact Centre',
    'Town Hall One Stop Shop',
  ]);
  await expectAccessible(page, 'satisfaction surveys after the lists arrived');
});
