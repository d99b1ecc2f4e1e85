// A merge of two customers beats later edits to the merged record (issue 21), and that holds
// for a record the merging desk never saw: a contact recorded for the merged customer on a
// desk that was offline at the time ends up under the kept customer on both desks, because
// the council server re-points it (server/sync/merge-repoint.ts).
import { describe, expect, it } from 'vitest';
import type { TestBackend } from '../../test/support/backend';
import { joinedDesk, save, startCouncil, type JoinedDesk, recordContact } from './sync.support';

async function newCustomer(backend: TestBackend, firstName: string) {
  return save(backend, 'customers.create', {
    firstName,
    lastName: 'Okafor',
    postcode: 'WA8 7QA',
    confirmNew: true,
  });
}

/** A fetch that can be cut off, as a desk losing its network is: nothing reaches the server. */
function cuttableFetch() {
  const line = { up: true };
  const cuttable: typeof fetch = (input, init) =>
    line.up ? fetch(input, init) : Promise.reject(new TypeError('fetch failed'));
  return { fetch: cuttable, line };
}

async function contactsOf(desk: JoinedDesk, customerId: string) {
  const result = await desk.backend.call('customers.view', { id: customerId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.timeline.filter((t) => t.kind === 'contact').map((t) => t.id);
}

const customerOfContact = (desk: JoinedDesk, contactId: string) =>
  desk.backend.opened
    .database!.sqlite.prepare('select customer_id from contacts where id = ?')
    .pluck()
    .get(contactId);

describe('a contact recorded offline for a customer merged meanwhile', () => {
  it('ends under the kept customer on both desks', async () => {
    const council = await startCouncil();
    const network = cuttableFetch();
    const a = await joinedDesk(council, 'Desk A', { fetch: network.fetch });
    const b = await joinedDesk(council, 'Desk B');
    const kept = await newCustomer(b.backend, 'Rita');
    const merged = await newCustomer(b.backend, 'Reta');
    await b.sync();
    await a.sync();

    // A is offline and records a contact for the record about to be merged.
    network.line.up = false;
    const contact = await recordContact(a.backend, merged.id);
    expect(await a.sync()).toMatchObject({ online: false, waiting: 1 });

    // Meanwhile a team leader on B merges that record into the other.
    await b.backend.signIn('teamleader');
    await save(b.backend, 'customers.merge', { keepId: kept.id, mergeId: merged.id });
    await b.sync();

    network.line.up = true;
    expect(await a.sync()).toMatchObject({ online: true, waiting: 0 });
    await b.sync();
    await a.sync();

    for (const desk of [a, b]) {
      expect(customerOfContact(desk, contact.id)).toBe(kept.id);
      expect(await contactsOf(desk, kept.id)).toContain(contact.id);
      expect((await desk.sync()).problems).toBe(0);
    }
  });
});
