// A joined desk's single view reads the history it no longer keeps from the council server
// (issue 21's offline profile; NeSDS standard 23): entries from the server are marked and
// counted, the desk's own copy wins for what it holds, and without the server the view opens at
// once with what the desk holds and says so. Real desks on SQLite, a real server on PostgreSQL.
import { createServer } from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestBackend, ok, referenceIds, type TestBackend } from '../../test/support/backend';
import { joinedDesk, recordContact, save, startCouncil, type JoinedDesk } from './sync.support';

/** 120 days before the desks' clock (2026-11-23): well outside the 90 days a desk keeps. */
const LONG_AGO = '2026-07-26T09:00:00Z';

/** Takes a contact off a desk's copy as a trim to the offline profile would: row and log. */
function trimContact(desk: JoinedDesk, id: string) {
  const { sqlite } = desk.backend.opened.database!;
  sqlite.prepare('delete from change_log where entity_id = ?').run(id);
  sqlite.prepare('delete from contacts where id = ?').run(id);
}

async function view(desk: JoinedDesk | TestBackend, id: string) {
  const backend = 'backend' in desk ? desk.backend : desk;
  return ok(backend.call('customers.view', { id }));
}

/**
 * Desk A records a contact long ago, a letter long ago still waiting for its reply, and a contact
 * today; desk B pulls them, then lets the old contact go as a trim would (it may have already).
 */
async function olderHistoryOnB() {
  const council = await startCouncil();
  const a = await joinedDesk(council, 'Desk A');
  const b = await joinedDesk(council, 'Desk B');
  const rita = await save(a.backend, 'customers.create', {
    firstName: 'Rita',
    lastName: 'Okafor',
    postcode: 'WA8 7QA',
    confirmNew: true,
  });
  const trimmed = await recordContact(a.backend, rita.id, 0, {
    notes: 'Asked about a refund',
    startedAt: LONG_AGO,
    endedAt: '2026-07-26T09:05:00Z',
    confirmOld: true,
  });
  const ids = await referenceIds(a.backend);
  // Open items stay on every desk whatever their age (issue 21), so B holds this one too.
  const letter = await save(a.backend, 'correspondence.log', {
    channel: 'letter',
    receivedAt: '2026-07-27T09:00:00Z',
    confirmOld: true,
    serviceId: ids.councilTax,
    subject: 'Refund request',
    customerId: rita.id,
  });
  const today = await recordContact(a.backend, rita.id, 10);
  // As the desk that recorded it showed it from its own copy.
  const asHeld = (await view(a, rita.id)).timeline.find((e) => e.id === trimmed.id)!;
  await a.sync();
  await b.sync();
  trimContact(b, trimmed.id);
  return { council, a, b, rita, trimmed, letter, today, asHeld };
}

describe('the customer view’s older history on a joined desk', () => {
  it('lists what the desk no longer holds from the council server, marked, once each', async () => {
    const { b, rita, trimmed, letter, today, asHeld } = await olderHistoryOnB();
    const seen = await view(b, rita.id);
    expect(seen.timeline.map((e) => e.id)).toEqual([today.id, letter.id, trimmed.id]);
    const byId = new Map(seen.timeline.map((e) => [e.id, e]));
    // Made by the same code from the council's records: as the desk showed it, and marked.
    expect(asHeld).toMatchObject({
      detail: 'Asked about a refund',
      title: 'Telephone: Council Tax',
    });
    expect(byId.get(trimmed.id)).toEqual({ ...asHeld, fromServer: true });
    // Held here as well as on the server: the desk's own copy, once, not marked.
    expect(byId.get(letter.id)).toMatchObject({ open: true, detail: 'Refund request' });
    expect(byId.get(letter.id)!.fromServer).toBeUndefined();
    expect(byId.get(today.id)!.fromServer).toBeUndefined();
    expect(seen.olderHistory).toEqual({
      status: 'included',
      // The start of the London day 90 days back (BST): the trim's own cutoff.
      before: '2026-08-24T23:00:00.000Z',
      count: 1,
      more: false,
    });
  });

  it('opens with what the desk holds, saying so, while the server is down', async () => {
    const { council, b, rita, trimmed, today } = await olderHistoryOnB();
    await council.stop();
    const seen = await view(b, rita.id);
    expect(seen.timeline.map((e) => e.id)).not.toContain(trimmed.id);
    expect(seen.timeline.map((e) => e.id)).toContain(today.id);
    expect(seen.olderHistory).toMatchObject({ status: 'unreachable' });
    // Known to be offline after a failed round: the same, without asking.
    expect((await b.sync()).online).toBe(false);
    expect((await view(b, rita.id)).olderHistory).toMatchObject({ status: 'unreachable' });
  });

  it('gives up on a server that does not answer, and opens the view without it', async () => {
    const { b, rita, trimmed } = await olderHistoryOnB();
    // Takes the request and never answers it: the desk's time limit decides.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => void silent.close());
    const { port } = silent.address() as { port: number };
    b.backend.opened
      .database!.sqlite.prepare('update sync_state set server_url = ?')
      .run(`http://127.0.0.1:${port}`);
    const seen = await view(b, rita.id);
    expect(seen.timeline.map((e) => e.id)).not.toContain(trimmed.id);
    expect(seen.olderHistory).toMatchObject({ status: 'unreachable' });
    silent.closeAllConnections();
  });

  it('is not asked for on a single desk, which holds everything', async () => {
    const backend = await createTestBackend();
    onTestFinished(() => backend.close());
    await backend.signIn('adviser');
    const rita = await ok(
      backend.call('customers.create', { firstName: 'Rita', lastName: 'Okafor', confirmNew: true }),
    );
    const ids = await referenceIds(backend);
    const old = await ok(
      backend.call('contacts.record', {
        channel: 'telephone',
        serviceId: ids.councilTax,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        customerId: rita.id,
        outcome: 'resolved',
        startedAt: LONG_AGO,
        endedAt: '2026-07-26T09:05:00Z',
        confirmOld: true,
      }),
    );
    const seen = await view(backend, rita.id);
    expect(seen.timeline.map((e) => [e.id, e.fromServer])).toEqual([[old.id, undefined]]);
    expect(seen.olderHistory).toEqual({ status: 'not joined' });
  });
});
