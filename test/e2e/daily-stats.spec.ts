// The team leader's journey: a contact-centre adviser records a morning across channels
// (phone calls with their answer times, a quick log, an email) at their desk; the team
// leader, given that same morning (recorded through the real host before they sit down),
// opens the daily stats, reads the headline figures against their targets, drills into the
// FCR misses, exports them as CSV and checks the rows, then switches to the week with its
// trend charts and a print-ready page. Every view passes axe.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { signedIn } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';
import type { RunningHost } from './host';

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

/** The same morning as the adviser's test records on screen, recorded at Ben's desk. */
async function benRecordsTheMorning(host: RunningHost): Promise<void> {
  const ben = await signedIn(host, 'adviser2');
  const ids = await ben.ids();
  const fields = {
    interactionTypeId: ids.interactionType('Providing information'),
    customerTypeId: ids.customerType('Citizen'),
  };
  const councilTax = ids.service('Council Tax');
  await ben.call('contacts.record', {
    ...fields,
    channel: 'telephone',
    serviceId: councilTax,
    outcome: 'resolved',
    answerSeconds: 20,
    startedAt: '2026-11-23T09:00:00Z',
    endedAt: '2026-11-23T09:05:00Z',
  });
  await ben.call('contacts.record', {
    ...fields,
    channel: 'telephone',
    serviceId: councilTax,
    outcome: 'callback_promised',
    answerSeconds: 45,
    startedAt: '2026-11-23T09:10:00Z',
    endedAt: '2026-11-23T09:15:00Z',
  });
  await ben.call('contacts.quickLog', { channel: 'telephone', serviceId: councilTax });
  await ben.call('contacts.record', {
    ...fields,
    channel: 'email',
    serviceId: ids.service('Housing Benefit and Council Tax Reduction'),
    outcome: 'awaiting_customer',
    startedAt: '2026-11-23T10:00:00Z',
    endedAt: '2026-11-23T10:10:00Z',
  });
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

/**
 * Monday 23 November as a team leader once misread it (issue 19), recorded through the real
 * host from 11:30: Ben's 19 calls (14 resolved) and 5 letters and emails recorded as
 * contacts, one of them the email Ann sent that is on the work list; his only earlier
 * contact on Monday 9th, the council's first day with the app; and at the Town Hall four
 * visitors seen after 2, 4, 6 and 12 minutes, and a fifth who gave up after 16. The host's
 * clock ends at 12:30.
 */
async function aMondayThatMisled(host: RunningHost): Promise<void> {
  const ben = await signedIn(host, 'adviser2');
  const ids = await ben.ids();
  const councilTax = ids.service('Council Tax');
  const contact = (startedAt: string, extra: object) =>
    ben.call('contacts.record', {
      interactionTypeId: ids.interactionType('Providing information'),
      customerTypeId: ids.customerType('Citizen'),
      serviceId: councilTax,
      channel: 'telephone',
      outcome: 'resolved',
      startedAt,
      endedAt: new Date(Date.parse(startedAt) + 4 * 60_000).toISOString(),
      ...extra,
    });
  await contact('2026-11-09T10:00:00.000Z', { confirmOld: true });
  for (let i = 0; i < 19; i += 1) {
    const at = new Date(Date.parse('2026-11-23T08:00:00Z') + i * 5 * 60_000).toISOString();
    await contact(at, { outcome: i < 14 ? 'resolved' : 'callback_promised' });
  }
  const ann = await ben.call('customers.create', {
    firstName: 'Ann',
    lastName: 'Ashworth-Pryce',
    postcode: 'WA8 7QA',
  });
  await ben.call('correspondence.log', {
    channel: 'email',
    receivedAt: '2026-11-23T09:00:00.000Z',
    serviceId: councilTax,
    subject: 'My council tax band',
    customerId: ann.id,
  });
  const letters: [string, string | null][] = [
    ['email', ann.id], // the email on the work list: not counted twice
    ['letter', ann.id],
    ['web_form', null],
    ['email', null],
    ['letter', null],
  ];
  for (const [i, [channel, customerId]] of letters.entries()) {
    const at = new Date(Date.parse('2026-11-23T10:00:00Z') + i * 10 * 60_000).toISOString();
    await contact(at, { channel, customerId });
  }

  const amina = await signedIn(host, 'adviser');
  const townHall = ids.site('Town Hall One Stop Shop');
  const checkIn = (customerName: string) =>
    amina.call('queue.checkIn', { siteId: townHall, serviceId: councilTax, customerName });
  // The host's clock moves on a few minutes at a time, Amina busy at her desk between (an
  // account idle for 5 minutes locks).
  const passMinutes = async (minutes: number) => {
    for (let left = minutes; left > 0; left -= 4) {
      await host.advanceClock(Math.min(4, left) * 60_000);
      await amina.call('reference.list', {});
    }
  };
  for (const name of ['Gwen Roberts', 'Huw Price', 'Iolo Evans', 'Jac Morgan']) await checkIn(name);
  await passMinutes(1); // 11:31
  const gaveUp = await checkIn('Lowri Hughes');
  const desk = await amina.call('desks.open', { siteId: townHall, name: 'Desk 1', serviceIds: [] });
  const seeTheNext = async (minutesOn: number) => {
    await passMinutes(minutesOn);
    const visit = await amina.call('queue.callNext', { deskId: desk.id });
    await amina.call('queue.act', { visitId: visit.id, action: 'start', deskId: desk.id });
    await amina.call('queue.act', { visitId: visit.id, action: 'finish', deskId: desk.id });
  };
  await seeTheNext(1); // 11:32: 2 minutes
  await seeTheNext(2); // 11:34: 4
  await seeTheNext(2); // 11:36: 6
  await seeTheNext(6); // 11:42: 12, over the promise
  await passMinutes(5); // 11:47: Lowri gives up after 16 minutes
  await amina.call('queue.act', { visitId: gaveUp.id, action: 'left' });
  await host.advanceClock(43 * 60_000); // 12:30
}

test.describe('figures that read as they are judged', () => {
  test.use({ hostClock: '2026-11-23T11:30:00Z' });

  test('a team leader reads a Monday whose figures once misled', async ({ page, host }) => {
    await aMondayThatMisled(host);
    await page.goto(host.url);
    await signIn(page, 'teamleader');
    await page.keyboard.press('Alt+t');
    await expect(page.getByText(/Live: figures so far at 12:30/)).toBeVisible();

    // 19 of 24 resolved = 79.17%: within a point of 80%, so shown, and judged, as 79.2%.
    const fcr = page.getByTestId('figure-fcr-recorded');
    await expect(fcr.locator('.stat-value')).toHaveText('79.2%');
    await expect(fcr).toContainText('✗ Target missed: 80% or more');
    await expect(fcr).toContainText('19 contacts of 24 completed');

    // Seen within 10 minutes: 3 of 4. The average, (2 + 4 + 6 + 12) / 4 = 6 minutes, once
    // read "✓ Target met"; the promise is to each visitor, so it has no target.
    await expect(page.getByTestId('figure-wait-within')).toContainText(
      '✗ Target missed: 100% within 10 minutes',
    );
    const average = page.getByTestId('figure-wait-average');
    await expect(average.locator('.stat-value')).toHaveText('6 min 00 s');
    await expect(average.locator('.figure-verdict')).toHaveText('No target');
    // The longest wait is Lowri's 16 minutes before she left, not Jac's 12.
    const longest = page.getByTestId('figure-wait-longest');
    await expect(longest.locator('.stat-value')).toHaveText('16 min 00 s');
    await expect(longest).toContainText('A visitor who left before being seen');
    await expect(longest).toContainText('✗ Target missed: 10 minutes or less');

    // No switch records and no answer times typed: the calls are not known, not "0 answered".
    await expect(page.getByTestId('figure-calls-answered').locator('.stat-not-known')).toHaveText(
      'Known once the switch’s records are imported, or advisers type answer times',
    );

    // Received: Ann's email on the work list, and the 4 letters and emails recorded only as
    // contacts (her email is the work list's, not counted twice); once "Received: 1".
    const received = page.getByTestId('figure-correspondence-received');
    await expect(received.locator('.stat-value')).toHaveText('5');
    await expect(received).toContainText(
      'Every letter, email, web form, SMS and fax recorded: 1 on the work list, 4 only as contacts',
    );

    // 24 contacts against the 2 Mondays since the council began: (1 + 0) / 2 = 0.5, not a
    // "4-week average of 0".
    await expect(page.getByTestId('figure-contacts-all').locator('.stat-comparison')).toHaveText(
      '▲ Up on 0.5, the average of the 2 Mondays since the council began',
    );
    await expectAccessible(page, 'daily stats that no longer mislead');
    await page.screenshot({ path: test.info().outputPath('stats-read-right.png'), fullPage: true });

    // Behind the longest wait: Jac, seen after 12 minutes, and Lowri, who left after 16.
    await page.getByRole('button', { name: 'Show the records behind Longest wait' }).click();
    const records = page.getByTestId('records');
    await expect(records.locator('tbody tr')).toHaveCount(2);
    await expect(records.locator('tbody tr').nth(1)).toContainText('Lowri Hughes');
    await expect(records.locator('tbody tr').nth(1)).toContainText('16');

    // Behind "received": the work-list item and the four recorded only as contacts, all in
    // the CSV.
    await page.getByRole('button', { name: 'Show the records behind Received' }).click();
    await expect(records.locator('tbody tr')).toHaveCount(5);
    await expectAccessible(page, 'letters and emails received');
    const download = page.waitForEvent('download');
    await records.getByRole('button', { name: 'Export these records as CSV' }).click();
    const lines = readFileSync(await (await download).path(), 'utf8')
      .slice(1)
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'Reference,Channel,Received,Reply due by,Answered,Holding replies,Service,Subject,Assigned to,Recorded as',
    );
    expect(lines.filter((l) => l.endsWith(',Only as a contact'))).toHaveLength(4);

    // The figures CSV: the average wait as 360 seconds, "6 min 00 s" in its own column.
    const whole = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the figures as CSV' }).click();
    const figures = readFileSync(await (await whole).path(), 'utf8');
    expect(figures).toContain('Face to face,Average wait,360,6 min 00 s,,,');
    expect(figures).toContain('Face to face,Longest wait,960,16 min 00 s,10 minutes or less,No,');
    expect(figures).toContain(
      'First-contact resolution,Resolved at first contact (as recorded),79.2%,,80% or more,No,',
    );
  });
});
