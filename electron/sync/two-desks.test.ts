// Two desks and a council server (issue 21): real desk back ends on SQLite, joined through
// Settings' enrolment, syncing with a real server on PostgreSQL. What one desk records reads
// the same on the other; edits made offline on both are merged by the conflict rules.
import { describe, expect, it } from 'vitest';
import { referenceIds, type TestBackend } from '../../test/support/backend';
import {
  joinedDesk,
  save,
  serverBack,
  startCouncil,
  type JoinedDesk,
  recordContact,
} from './sync.support';

async function newCustomer(backend: TestBackend) {
  return save(backend, 'customers.create', {
    firstName: 'Rita',
    lastName: 'Okafor',
    postcode: 'WA8 7QA',
    confirmNew: true,
  });
}

async function view(desk: JoinedDesk, id: string) {
  const result = await desk.backend.call('customers.view', { id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Two joined desks that both hold one new customer (made on the first). */
async function twoDesksWithACustomer() {
  const council = await startCouncil();
  const a = await joinedDesk(council, 'Desk A');
  const b = await joinedDesk(council, 'Desk B');
  const customer = await newCustomer(a.backend);
  await a.sync();
  await b.sync();
  return { council, a, b, customer };
}

const contactIds = async (desk: JoinedDesk, customerId: string) =>
  (await view(desk, customerId)).timeline.filter((t) => t.kind === 'contact').map((t) => t.id);

describe('two desks and a council server', () => {
  it('shows a contact recorded on one desk in the other desk’s customer view', async () => {
    const council = await startCouncil();
    const reception = await joinedDesk(council, 'Reception');
    const desk2 = await joinedDesk(council, 'Desk 2');

    const customer = await newCustomer(reception.backend);
    const contact = await recordContact(reception.backend, customer.id, 10);
    expect(await reception.sync()).toMatchObject({ mode: 'joined', online: true, waiting: 0 });
    await desk2.sync();

    expect(await contactIds(desk2, customer.id)).toEqual([contact.id]);
    expect((await view(desk2, customer.id)).details).toMatchObject({
      firstName: 'Rita',
      postcode: 'WA8 7QA',
    });
    // Pulled, not made here: nothing of it goes back to the server.
    expect((await desk2.sync()).waiting).toBe(0);
  });

  it('keeps both edits when two desks change different fields of a customer offline', async () => {
    const { a, b, customer } = await twoDesksWithACustomer();

    const base = { firstName: 'Rita', lastName: 'Okafor', postcode: 'WA8 7QA' };
    await save(a.backend, 'customers.update', {
      id: customer.id,
      details: { ...base, phone: '0151 496 0000' },
    });
    b.backend.clock.set('2026-11-23T10:05:00Z');
    await save(b.backend, 'customers.update', {
      id: customer.id,
      details: { ...base, addressLine1: '12 Moor Lane', town: 'Widnes' },
    });
    expect((await a.sync()).waiting).toBe(0);
    await b.sync();
    await a.sync();

    for (const desk of [a, b]) {
      expect((await view(desk, customer.id)).details).toMatchObject({
        phone: '0151 496 0000',
        addressLine1: '12 Moor Lane',
        town: 'Widnes',
      });
    }
  });

  it('lets the later of two edits to one field win on both desks, whichever syncs first', async () => {
    const { a, b, customer } = await twoDesksWithACustomer();
    const base = { firstName: 'Rita', lastName: 'Okafor', postcode: 'WA8 7QA' };

    // B's edit is the later one, but B syncs first.
    a.backend.clock.set('2026-11-23T10:01:00Z');
    await save(a.backend, 'customers.update', {
      id: customer.id,
      details: { ...base, phone: '01' },
    });
    b.backend.clock.set('2026-11-23T10:02:00Z');
    await save(b.backend, 'customers.update', {
      id: customer.id,
      details: { ...base, phone: '02' },
    });
    await b.sync();
    await a.sync();
    await b.sync();

    expect((await view(a, customer.id)).details.phone).toBe('02');
    expect((await view(b, customer.id)).details.phone).toBe('02');
  });

  it('sends three contacts recorded while the server is down when it is back', async () => {
    const { council, a, b, customer } = await twoDesksWithACustomer();

    await council.stop();
    const offline = [];
    for (const minute of [10, 20, 30]) {
      offline.push((await recordContact(a.backend, customer.id, minute)).id);
    }
    const down = await a.sync();
    expect(down).toMatchObject({ online: false, waiting: 3 });
    expect(down.offlineSince).not.toBeNull();

    await serverBack(council, [a, b]);
    expect(await a.sync()).toMatchObject({ online: true, offlineSince: null, waiting: 0 });
    await b.sync();
    expect((await contactIds(b, customer.id)).sort()).toEqual([...offline].sort());
  });
});

describe('numbers two desks give', () => {
  it('never repeat a reference or a ticket, even with both desks offline', async () => {
    const council = await startCouncil();
    const a = await joinedDesk(council, 'Desk A');
    const b = await joinedDesk(council, 'Desk B');
    await a.sync();
    await b.sync();
    await council.stop();

    const references: string[] = [];
    const tickets: string[] = [];
    for (const desk of [a, b]) {
      const ids = await referenceIds(desk.backend);
      for (let i = 0; i < 3; i += 1) {
        const letter = await save(desk.backend, 'correspondence.log', {
          channel: 'letter',
          serviceId: ids.councilTax,
          receivedAt: '2026-11-23T09:00:00Z',
          subject: `Letter ${i}`,
          senderAddress: '1 High Street, Widnes',
        });
        references.push(letter.reference);
        const lists = await desk.backend.call('reference.list', {});
        if (!lists.ok) throw new Error(lists.error.message);
        const oneStop = lists.value.sites.find((s) => s.kind === 'one_stop_shop')!;
        const visit = await save(desk.backend, 'queue.checkIn', {
          siteId: oneStop.id,
          serviceId: ids.councilTax,
        });
        tickets.push(visit.ticket);
      }
    }
    expect(new Set(references).size).toBe(6);
    expect(references.every((r) => /^C-2026-TH-\d{6}$/.test(r))).toBe(true);
    expect(new Set(tickets).size).toBe(6);
    // Each desk's tickets carry its issuing point's letter: A for the first desk, B for the second.
    expect(tickets.slice(0, 3).every((t) => /^[A-Z]A\d{3}$/.test(t))).toBe(true);
    expect(tickets.slice(3).every((t) => /^[A-Z]B\d{3}$/.test(t))).toBe(true);

    await serverBack(council, [a, b]);
    await a.sync();
    await b.sync();
    await a.sync();
    // Both desks hold all six letters and visits, none refused for a clash.
    for (const desk of [a, b]) {
      const sqlite = desk.backend.opened.database!.sqlite;
      expect(sqlite.prepare('select count(*) from correspondence').pluck().get()).toBe(6);
      expect(sqlite.prepare('select count(*) from visits').pluck().get()).toBe(6);
      expect((await desk.sync()).problems).toBe(0);
    }
  });
});
