// An administrator adds a proactive offer for Council Tax (refused with nothing to offer, and
// for the same offer twice) and switches it off; it stays off after the app is reloaded.
import { expect, expectAccessible, signIn, test } from './fixtures';

test('an administrator adds a proactive offer for Council Tax and switches it off', async ({
  page,
  host,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await page.goto(host.url);
  await signIn(page, 'admin');
  await page.keyboard.press('Alt+9');
  const offers = page.locator('section', {
    has: page.getByRole('heading', { name: 'Proactive offers' }),
  });
  await expect(
    offers.getByTestId('offer-group').filter({
      hasText: 'When a contact about Housing Benefit and Council Tax Reduction is recorded, offer:',
    }),
  ).toContainText('Free school meals');

  // Nothing to offer: refused by the field.
  await offers
    .getByLabel('When a contact is recorded about')
    .selectOption({ label: 'Council Tax' });
  await offers.getByRole('button', { name: 'Add offer' }).click();
  await expect(offers.locator('.field.has-error')).toContainText('Say what to offer');

  await offers.getByLabel('Offer to make').fill('Single person discount');
  await offers.getByRole('button', { name: 'Add offer' }).click();
  const councilTax = offers
    .getByTestId('offer-group')
    .filter({ hasText: 'When a contact about Council Tax is recorded, offer:' });
  const rule = councilTax.getByTestId('offer-rule').filter({ hasText: 'Single person discount' });
  await expect(rule).toContainText('✓ On');
  await expect(offers.getByText('✓ Offer added: Single person discount.')).toBeVisible();

  // The same offer again for the same service is refused, by the field.
  await offers
    .getByLabel('When a contact is recorded about')
    .selectOption({ label: 'Council Tax' });
  await offers.getByLabel('Offer to make').fill('single person discount');
  await offers.getByRole('button', { name: 'Add offer' }).click();
  await expect(offers.locator('.field.has-error')).toContainText(
    'That service already has this offer.',
  );
  await expect(councilTax.getByTestId('offer-rule')).toHaveCount(1);

  await rule
    .getByRole('button', { name: 'Switch off: Single person discount for Council Tax' })
    .click();
  await expect(rule).toContainText('✗ Off: not offered');
  await expect(rule.getByRole('button', { name: /Switch on/ })).toBeFocused();
  await offers.screenshot({ path: '/tmp/handoffs-offers.png' });
  await expectAccessible(page, 'settings with offer rules');

  // Saved: still off after the app is reloaded.
  await page.reload();
  await expect(page.getByTestId('signed-in')).toBeVisible();
  await page.keyboard.press('Alt+9');
  await expect(rule).toContainText('✗ Off: not offered');
});
