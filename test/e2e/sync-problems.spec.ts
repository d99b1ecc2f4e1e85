// Issue 21, "nothing is ever dropped silently": a change the council server refuses is listed
// on the desk's sync problems list with the reason and what to do, the header says there is
// one, and a team leader (here the administrator) marks it dealt with, by keyboard.
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { expect, expectAccessible, signIn, test } from './fixtures';
import { enrolThroughSettings, signInOn, startCouncil, startDesk, type Desk } from './sync-council';

const CLOCK = '2026-11-23T10:00:00Z'; // a Monday, 10:00 in London
test.setTimeout(120_000);

/**
 * Plants a change the server refuses: the adviser renaming a service, an administrator's list
 * (shared/sync/change-rules.ts). This desk's screens never let them; a desk whose copy of the
 * adviser's role was out of date could, and the refusal must then show, not vanish.
 */
function plantRefusedChange(desk: Desk): void {
  const sqlite = new Database(desk.databaseFile);
  try {
    sqlite.pragma('busy_timeout = 5000');
    const staff = sqlite
      .prepare('select id, home_site_id as site_id from staff where username = ?')
      .get('adviser') as {
      id: string;
      site_id: string;
    };
    const service = sqlite.prepare('select id from services limit 1').pluck().get();
    sqlite
      .prepare(
        `insert into change_log (id, at, staff_id, site_id, entity, entity_id, action, before, after, shipped_at, mutation_id)
         values (?, ?, ?, ?, 'services', ?, 'update', null, '{"name":"Renamed"}', null, ?)`,
      )
      .run(uuidv7(), CLOCK, staff.id, staff.site_id, service, uuidv7());
  } finally {
    sqlite.close();
  }
}

test('the sync problems list shows a refused change, and a leader marks it dealt with', async ({
  page,
}) => {
  const council = await startCouncil();
  const desk = await startDesk(CLOCK);
  try {
    await page.clock.setFixedTime(new Date(CLOCK));
    await signInOn(page, desk, 'admin');
    await enrolThroughSettings(page, council, 'Desk A');

    await page.keyboard.press('Alt+y');
    await expect(page.getByRole('heading', { name: 'Sync problems', level: 1 })).toBeVisible();
    await expect(page.getByTestId('no-sync-problems')).toHaveText(
      'No sync problems: everything made on this desk has reached the council server.',
    );
    await expectAccessible(page, 'sync problems, none');

    plantRefusedChange(desk);
    // The desk's next round offers it; the server refuses it; the header says so.
    const link = page.getByRole('button', { name: /1 sync problem/ });
    await expect(link).toBeVisible({ timeout: 20_000 });
    const row = page.getByRole('row', { name: /a service in the council’s lists/ });
    await expect(row).toContainText('Only an administrator changes the council’s lists.');
    await expect(row).toContainText('Amina Khan');
    await expect(row).toContainText('Monday 23 November 2026, 10:00');
    await expectAccessible(page, 'sync problems, one refused change');
    await page.screenshot({ path: '/tmp/shots/sync-problems-list.png', fullPage: true });

    // An adviser sees the problem but cannot take it off the list.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'adviser');
    await page.getByRole('button', { name: /1 sync problem/ }).click();
    await expect(page.getByRole('row', { name: /a service in the council’s lists/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Mark dealt with/ })).toHaveCount(0);

    // The administrator marks it dealt with, keyboard only: the cursor follows the question.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'admin');
    await page.keyboard.press('Alt+y');
    await page.getByRole('button', { name: /Mark dealt with/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Yes, mark it dealt with' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Keep it": nothing changes, the cursor goes back
    await expect(page.getByRole('button', { name: /Mark dealt with/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectAccessible(page, 'sync problems, confirming');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('no-sync-problems')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sync problems', level: 1 })).toBeFocused();
    await expect(page.getByRole('button', { name: /sync problem/ })).toHaveCount(0);
  } finally {
    await desk.close();
    await council.close();
  }
});
