// An open item past its date is flagged in words on the customer's record (issue 19: a letter
// due 1 December showed no overdue flag on 6 December).
import { signedIn } from './api';
import { expect, expectAccessible, signIn, test } from './fixtures';

test.use({ hostClock: '2026-12-07T10:00:00Z' }); // Monday 7 December, 10:00 in London

test('a letter past its reply date is flagged overdue on the record', async ({ page, host }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00Z'));
  const colleague = await signedIn(host, 'adviser2');
  const ids = await colleague.ids();
  const customer = await colleague.call('customers.create', {
    firstName: 'Owain',
    lastName: 'Pritchard',
  });
  // Received Wednesday 2 December: the full reply is due 10 working days later, on the 16th.
  await colleague.call('correspondence.log', {
    channel: 'letter',
    receivedAt: '2026-12-02T09:00:00Z',
    serviceId: ids.service('Council Tax'),
    subject: 'Single person discount',
    customerId: customer.id,
  });
  // And one received 16 November, due by 30 November: a week overdue.
  await colleague.call('correspondence.log', {
    channel: 'letter',
    receivedAt: '2026-11-16T09:00:00Z',
    serviceId: ids.service('Council Tax'),
    subject: 'Refund request',
    customerId: customer.id,
    confirmOld: true,
  });

  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+7');
  await page.getByLabel('Name, postcode, phone, email or reference').fill('Pritchard');
  await page.getByRole('button', { name: 'Owain Pritchard' }).click();
  const open = page.getByTestId('open-items-row');
  await expect(open).toHaveCount(2);
  await expect(open.filter({ hasText: 'Refund request' })).toContainText(
    'Overdue: was due by Monday 30 November 2026',
  );
  await expect(open.filter({ hasText: 'Single person discount' })).toContainText(
    'Due by Wednesday 16 December 2026',
  );
  await expect(open.filter({ hasText: 'Single person discount' })).not.toContainText('Overdue');
  await expectAccessible(page, 'customer record with an overdue letter');
});
