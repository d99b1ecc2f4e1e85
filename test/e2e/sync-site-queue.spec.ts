// Issue 22, "one queue for the whole One Stop Shop": a council server and three browser-mode
// PCs of one site (reception and two desks), with the waiting-area screen opened from
// reception's PC by its display key. A check-in at reception reaches both desks and the
// screen; both desks press "call next" at once and each gets a different visitor; the screen
// shows both calls; a desk's adviser signs out and reception's "desks open" falls. Every PC's
// views pass axe, and the screen never names a member of staff.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './fixtures';
import { checkIn } from './queue-page';
import { enrolThroughSettings, signInOn, startCouncil, startDesks } from './sync-council';

const CLOCK = '2026-11-23T10:00:00Z'; // a Monday, 10:00 in London
// PostgreSQL's first start and three PCs take a while; each step waits for a state.
test.setTimeout(150_000);

/** An administrator joins the PC, then hands it to the adviser who works there. */
async function joinAndHandOver(
  page: Page,
  council: Parameters<typeof enrolThroughSettings>[1],
  pc: string,
  adviser: string,
) {
  await enrolThroughSettings(page, council, pc);
  await page.getByRole('button', { name: 'Sign out' }).click();
  // Working at the Town Hall, whatever their home site.
  await page.getByLabel('Working at').selectOption({ label: 'Town Hall One Stop Shop' });
  await signIn(page, adviser);
}

test('reception, two desks and the waiting-area screen share one queue', async ({
  page,
  browser,
}) => {
  const council = await startCouncil();
  const [reception, desk1, desk2] = await startDesks(3, CLOCK);
  const contexts = await Promise.all(
    [0, 1, 2].map(() => browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' })),
  );
  try {
    const [page1, page2, screen] = await Promise.all(contexts.map((c) => c.newPage()));
    for (const p of [page, page1!, page2!, screen!]) await p.clock.setFixedTime(new Date(CLOCK));
    const pc1 = page1!;
    const pc2 = page2!;
    const board = screen!;

    // Each PC joins the council server; reception's administrator makes the screen's key.
    await signInOn(page, reception!, 'admin');
    await enrolThroughSettings(page, council, 'Reception');
    await signInOn(pc1, desk1!, 'admin');
    await joinAndHandOver(pc1, council, 'Desk 1 PC', 'adviser');
    await signInOn(pc2, desk2!, 'admin');
    await joinAndHandOver(pc2, council, 'Desk 2 PC', 'adviser2');
    const setup = page.locator('section', {
      has: page.getByRole('heading', { name: 'Waiting-area display' }),
    });
    await setup.getByLabel('Site').selectOption({ label: 'Town Hall One Stop Shop' });
    await setup.getByLabel('Name of the screen').fill('Town Hall waiting area');
    await setup.getByRole('button', { name: 'Make display key' }).click();
    await board.goto((await setup.getByTestId('display-address').textContent())!);
    await expect(board.getByTestId('display-latest')).toHaveText('Please wait to be called.');

    // Both desks open.
    for (const [p, name] of [
      [pc1, 'Desk 1'],
      [pc2, 'Desk 2'],
    ] as const) {
      await p.keyboard.press('Alt+4');
      await p.getByLabel('Desk name').fill(name);
      await p.getByRole('button', { name: 'Open desk' }).click();
      await expect(p.getByRole('heading', { name: `My desk: ${name}` })).toBeVisible();
    }

    // Reception checks two visitors in; both desks' lists show them, from the server.
    await page.keyboard.press('Alt+3');
    await expect(page.getByTestId('desks-open')).toHaveText('2');
    await checkIn(page, 'Council Tax', 'Ann Visitor');
    await expect(page.getByTestId('issued-ticket')).toHaveText('AA001');
    await checkIn(page, 'Council Tax', 'Bob Visitor');
    await expect(page.getByTestId('issued-ticket')).toHaveText('AA002');
    for (const p of [pc1, pc2]) {
      await expect(p.getByTestId('waiting-count')).toHaveText('2');
    }
    await expectAccessible(page, 'reception with two desks open on other PCs');

    // Both desks press "call next" at the same moment: each gets a different visitor.
    await Promise.all([pc1.keyboard.press('Alt+x'), pc2.keyboard.press('Alt+x')]);
    const called = [];
    for (const p of [pc1, pc2]) {
      const heading = p.getByRole('heading', { name: /^Ticket AA00[12]: Called/ });
      await expect(heading).toBeVisible();
      called.push((await heading.textContent())!.slice(7, 12));
    }
    expect(called.sort()).toEqual(['AA001', 'AA002']);
    // Reception sees what each desk is doing, from the other PCs.
    const desks = page.getByTestId('desk-states');
    await expect(desks.getByRole('row', { name: /Desk 1/ })).toContainText(
      /Amina Khan\s*Called AA00[12] at 10:00\s*All services/,
    );
    await expect(desks.getByRole('row', { name: /Desk 2/ })).toContainText(
      /Ben Hughes\s*Called AA00[12] at 10:00/,
    );
    await expectAccessible(pc2, 'desk 2 with its called visitor');

    // The screen shows both calls, with desks and no names.
    await expect(board.getByTestId('display-latest')).toContainText(/AA00[12]/);
    await expect(board.getByRole('table')).toContainText(/AA00[12]/);
    await expect(board.locator('body')).toContainText('Desk 1');
    await expect(board.locator('body')).toContainText('Desk 2');
    for (const name of ['Amina Khan', 'Ben Hughes', 'Dev Patel', 'Ann Visitor', 'Bob Visitor']) {
      await expect(board.getByText(name)).toHaveCount(0);
    }
    await expectAccessible(board, 'the waiting-area screen with two calls');
    await board.screenshot({ path: '/tmp/shots/site-queue-display.png' });

    // Desk 2's adviser signs out: reception's "desks open" falls.
    await pc2.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByTestId('desks-open')).toContainText(/^2 \(1 /);
    await expect(desks.getByRole('row', { name: /Desk 2/ })).toContainText(
      'the adviser is signed out',
    );
    await expectAccessible(page, 'reception with a desk whose adviser signed out');
    // The screen's key stays on reception's PC: nothing waits to go, nothing is refused.
    await expect(page.getByTestId('sync-status')).toHaveText(/^✓ Online$/);
    await page.screenshot({ path: '/tmp/shots/site-queue-reception.png', fullPage: true });
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
    await Promise.all([reception, desk1, desk2].map((d) => d!.close()));
    await council.close();
  }
});
