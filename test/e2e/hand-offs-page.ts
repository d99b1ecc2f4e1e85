// What the hand-off journey does besides its screens (hand-offs.spec.ts): there is no
// hand-off form yet, so the contact and its hand-offs are made through the same HTTP API the
// renderer calls in browser mode; and a later day, when the team leader comes back to
// Hand-offs.
import type { Page } from '@playwright/test';
import type { InputOf, MethodName, OutputOf, Result } from '../../shared/api';
import { expect, returnLater } from './fixtures';
import type { RunningHost } from './host';

/** Calls the API the way the renderer does in browser mode: same origin, session cookie. */
export async function call<K extends MethodName>(
  page: Page,
  method: K,
  input: InputOf<K>,
): Promise<OutputOf<K>> {
  const result = await page.evaluate(
    async ([m, i]) => {
      const response = await fetch(`/api/call/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ input: i }),
      });
      return (await response.json()) as Result<unknown>;
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as OutputOf<K>;
}

/** A contact recorded at 09:50-09:58 and handed off to a department, as the contact form will. */
export async function handOff(
  page: Page,
  ids: Awaited<ReturnType<typeof referenceIds>>,
  what: { service: string; department: string; subject: string; customerId: string | null },
) {
  const contact = await call(page, 'contacts.record', {
    channel: 'telephone',
    serviceId: what.service,
    interactionTypeId: ids.providingInformation,
    customerTypeId: ids.citizen,
    outcome: 'handed_off',
    departmentId: what.department,
    notes: 'Needs the department to look at it.',
    startedAt: '2026-11-23T09:50:00Z',
    endedAt: '2026-11-23T09:58:00Z',
    customerId: what.customerId,
  });
  return call(page, 'handOffs.create', {
    contactId: contact.id,
    departmentId: what.department,
    subject: what.subject,
  });
}

export async function referenceIds(page: Page) {
  const r = await call(page, 'reference.list', {});
  const byName = (list: { id: string; name: string }[], name: string) => {
    const found = list.find((item) => item.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found.id;
  };
  return {
    councilTax: byName(r.services, 'Council Tax'),
    housingBenefit: byName(r.services, 'Housing Benefit and Council Tax Reduction'),
    providingInformation: byName(r.interactionTypes, 'Providing information'),
    citizen: byName(r.customerTypes, 'Citizen'),
    benefits: byName(r.departments, 'Benefits'),
    revenues: byName(r.departments, 'Revenues'),
  };
}

/** A later day: the team leader comes back, unlocks or signs in, and opens Hand-offs. */
export async function laterDay(page: Page, host: RunningHost, at: string) {
  await returnLater(page, host, at, 'teamleader');
  await page.keyboard.press('Alt+0');
  await expect(page.getByRole('heading', { name: 'Hand-offs to departments' })).toBeVisible();
}
