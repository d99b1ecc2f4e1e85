// The team leader's journey: a contact-centre adviser records a morning across channels
// (phone calls with their answer times, a quick log, an email) at their desk; the team
// leader, given that same morning (recorded through the real host before they sit down),
// opens the daily stats, reads the headline figures against their targets, drills into the
// FCR misses, exports them as CSV and checks the rows, then switches to the week with its
// trend charts and a print-ready page. Every view passes axe.
// The Monday whose figures once misled is in daily-stats-read-right.spec.ts; the days both
// start from in daily-stats-days.ts.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { benRecordsTheMorning } from './daily-stats-days';
import { expect, expectAccessible, signIn, test } from './fixtures';

const NOW = new Date('2026-11-23T12:30:00Z'); // Monday 12:30 in London (GMT)
test.use({ hostClock: NOW.toISOString() });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

async function recordCall(
  page: Page,
  c: {
    channel: string;
    service: string;
    outcome: string;
    answer?: string;
    start: string;
    end: string;
  },
) {
  const form = page.locator('form.contact-form');
  await form.getByLabel('Channel').selectOption({ label: c.channel });
  await form.getByLabel('Service').selectOption({ label: c.service });
  await form.getByLabel('Type of enquiry').selectOption({ label: 'Providing information' });
  await form.getByLabel('Customer type').selectOption({ label: 'Citizen' });
  await form.getByLabel('Outcome').selectOption({ label: c.outcome });
  if (c.answer) await form.getByLabel('Seconds before answer (optional)').fill(c.answer);
  await form.getByLabel('Started at').fill(c.start);
  await form.getByLabel('Ended at').fill(c.end);
  await form.getByRole('button', { name: /Save/ }).click();
  // This save's own confirmation (the last one's is still on screen until this one lands),
  // so the next step never races the save moving focus back to the form.
  await expect(page.locator('.panel .confirmation')).toContainText(
    new RegExp(`^✓ Saved: ${c.channel} contact about ${c.service}, .*, at ${c.end}\\.$`),
  );
}

test('an adviser records a morning of calls, a quick log and an email, and has no stats', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await signIn(page, 'adviser2');
  // Two calls answered after 20 and 45 seconds, a quick log, and an email.
  await recordCall(page, {
    channel: 'Telephone',
    service: 'Council Tax',
    outcome: 'Resolved at first contact',
    answer: '20',
    start: '09:00',
    end: '09:05',
  });
  await recordCall(page, {
    channel: 'Telephone',
    service: 'Council Tax',
    outcome: 'Callback promised',
    answer: '45',
    start: '09:10',
    end: '09:15',
  });
  await page.keyboard.press('Alt+q');
  await page.keyboard.type('Council');
  await page.keyboard.press('Enter');
  await expect(page.getByText('✓ Logged: Telephone enquiry')).toBeVisible();
  await recordCall(page, {
    channel: 'Email',
    service: 'Housing Benefit and Council Tax Reduction',
    outcome: 'Awaiting information from the customer',
    start: '10:00',
    end: '10:10',
  });
  // The morning the leader's test starts from: four contacts, two of them resolved.
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('contact-row')).toHaveCount(4);
  await expect(page.getByTestId('fcr-value')).toContainText('50%');
  await expectAccessible(page, 'my contacts today');
  // An adviser has no stats screen.
  await expect(page.getByRole('button', { name: /Daily stats/ })).toHaveCount(0);
});

test('a team leader reads the day, drills into the misses and exports them', async ({
  page,
  host,
}) => {
  await benRecordsTheMorning(host);
  await page.goto(host.url);
  await signIn(page, 'teamleader');
  await page.keyboard.press('Alt+t');
  await expect(page.getByRole('heading', { name: 'Daily stats', level: 1 })).toBeVisible();
  await expect(page.getByTestId('stats-period')).toHaveText(
    'Monday 23 November 2026: All sites, all teams',
  );
  await expect(page.getByText(/Live: figures so far at 12:30/)).toBeVisible();

  // 2 of 4 completed contacts resolved: 50%, below the 80% target, in words.
  const fcr = page.getByTestId('figure-fcr-recorded');
  await expect(fcr.locator('.stat-value')).toHaveText('50%');
  await expect(fcr).toContainText('✗ Target missed: 80% or more');
  await expect(fcr).toContainText('2 contacts of 4 completed');
  // (20 + 45) / 2 = 32.5 seconds: over an average of 30.
  const asa = page.getByTestId('figure-calls-asa');
  await expect(asa.locator('.stat-value')).toHaveText('33 s');
  await expect(asa).toContainText('✗ Target missed: an average of 30 seconds or less');
  await expect(page.getByTestId('figure-contacts-all').locator('.stat-value')).toHaveText('4');
  await expect(page.getByTestId('fcr-family')).toContainText('1a Telephone');
  await expect(page.getByTestId('heatmap')).toBeVisible();
  await expectAccessible(page, 'daily stats');
  await page.screenshot({ path: test.info().outputPath('stats-day.png'), fullPage: true });

  // Drill into the misses by keyboard: the records open with focus on their heading.
  await page
    .getByRole('button', {
      name: 'Show the records behind Resolved at first contact (as recorded)',
    })
    .focus();
  await page.keyboard.press('Enter');
  const records = page.getByTestId('records');
  await expect(
    page.getByRole('heading', { name: /Contacts not resolved at first contact/ }),
  ).toBeFocused();
  await expect(records.locator('tbody tr')).toHaveCount(2);
  await expectAccessible(page, 'FCR misses');

  const download = page.waitForEvent('download');
  await records.getByRole('button', { name: 'Export these records as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    'council-contact-resolved-at-first-contact-as-recorded-2026-11-23.csv',
  );
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff); // a BOM, so a spreadsheet reads it as UTF-8
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe(
    'Started,Customer,Channel,Direction,Service,Type of enquiry,Outcome,Adviser,Site,Next contact about this service,Notes',
  );
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain('2026-11-23 09:10,Anonymous,Telephone,Inbound,Council Tax');
  expect(lines[1]).toContain('Callback promised,Ben Hughes,Contact Centre');
  expect(lines[2]).toContain(
    '2026-11-23 10:00,Anonymous,Email,Inbound,Housing Benefit and Council Tax Reduction',
  );

  // The week, with a trend chart per target, and the whole view as CSV.
  await page.getByLabel('Period').selectOption('week');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page.getByTestId('stats-period')).toHaveText(
    'Monday 23 November 2026 to Sunday 29 November 2026: All sites, all teams',
  );
  await expect(page.getByTestId('trend-fcr')).toBeVisible();
  await expect(page.getByTestId('trend-asa').locator('svg').first()).toBeVisible();
  await expectAccessible(page, 'weekly stats');
  const whole = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the figures as CSV' }).click();
  const figures = readFileSync(await (await whole).path(), 'utf8');
  // A time is written as seconds with its readable form beside it; other values as shown.
  expect(figures).toContain(
    'First-contact resolution,Resolved at first contact (as recorded),50%,,80% or more,No,2 contacts of 4 completed',
  );
  expect(figures).toContain('Contacts by channel,Telephone,3');
  // Answered at 09:00 after 20 s, the first call reached the queue at 08:59:40. Typed answer
  // times only: no switch records to say how many callers hung up.
  expect(figures).toContain(
    'Calls by hour of the day,08:00,20,20 s,an average of 30 seconds or less,Yes,"1 answered, abandoned not known (no switch records)",\r\n' +
      'Calls by hour of the day,09:00,45,45 s,an average of 30 seconds or less,No,"1 answered, abandoned not known (no switch records)",',
  );

  // Printed, the report drops the navigation and the controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export the figures as CSV' })).toBeHidden();
  await expect(page.getByTestId('figure-fcr-recorded')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('stats-print.png'), fullPage: true });
});
