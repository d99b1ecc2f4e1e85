// What the council server's customer history route (server/records/history-routes.ts) answers
// from records real desks pushed: only entries before the instant asked, newest first, a page
// at a time with a flag for more, hand-offs, letters and complaints as well as contacts, and a
// complaint about a named member of staff only for a team leader or administrator, by the
// council's records of who is asking (shared/api/access-rules.ts). Real desk on SQLite, real
// PostgreSQL.
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../shared/api';
import { referenceIds } from '../../test/support/backend';
import { REMOVED } from '../../db/queries/data-protection/anonymise';
import { serverRequest } from './server-request';
import { joinedDesk, save, startCouncil, type JoinedDesk } from './sync.support';

const staffIdOf = (desk: JoinedDesk, username: string) =>
  desk.backend.opened
    .database!.sqlite.prepare('select id from staff where username = ?')
    .pluck()
    .get(username) as string;

/**
 * A customer with three old contacts, a hand-off, a letter and two complaints (one naming a
 * member of staff), all from May.
 */
async function oldHistory() {
  const council = await startCouncil();
  const a = await joinedDesk(council, 'Desk A');
  const ids = await referenceIds(a.backend);
  const rita = await save(a.backend, 'customers.create', {
    firstName: 'Rita',
    lastName: 'Okafor',
    confirmNew: true,
  });
  const contacts = [];
  for (const day of ['2026-05-04', '2026-05-05', '2026-05-06']) {
    contacts.push(
      await save(a.backend, 'contacts.record', {
        channel: 'telephone',
        serviceId: ids.councilTax,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        customerId: rita.id,
        outcome: 'resolved',
        startedAt: `${day}T09:00:00Z`,
        endedAt: `${day}T09:05:00Z`,
        confirmOld: true,
      }),
    );
  }
  // A hand-off from the last contact, made that morning.
  a.backend.clock.set('2026-05-06T10:00:00Z');
  await a.backend.signIn('adviser');
  const handOff = await save(a.backend, 'handOffs.create', {
    contactId: contacts[2]!.id,
    departmentId: ids.benefits,
    subject: 'the refund',
  });
  a.backend.clock.set('2026-11-23T10:00:00Z');
  await a.backend.signIn('adviser');
  const letter = await save(a.backend, 'correspondence.log', {
    channel: 'letter',
    receivedAt: '2026-05-07T09:00:00Z',
    confirmOld: true,
    serviceId: ids.councilTax,
    subject: 'Refund request',
    customerId: rita.id,
  });
  for (const aboutNamedStaff of [false, true]) {
    await save(a.backend, 'feedback.log', {
      kind: 'complaint',
      serviceId: ids.councilTax,
      channel: 'telephone',
      receivedAt: '2026-05-08T09:00:00Z',
      summary: aboutNamedStaff ? 'The officer at desk 2 was rude.' : 'Bill wrong.',
      customerId: rita.id,
      aboutNamedStaff,
    });
  }
  await a.sync();
  const address = (await a.backend.opened.backend.ctx!.sync.serverAddress())!;
  const ask = async (question: { staffId: string; before: string; limit?: number }) => {
    const answer = await serverRequest(address, '/records/customer-history', {
      customerId: rita.id,
      now: '2026-11-23T10:00:00.000Z',
      ...question,
    });
    if (!answer.ok) throw new Error(answer.reason);
    return answer.body as { entries: TimelineEntry[]; more: boolean };
  };
  return { a, ask, contacts, letter, handOff };
}

describe('the council server’s customer history', () => {
  it('gives entries before the instant asked, newest first, a page at a time', async () => {
    const { a, ask, contacts } = await oldHistory();
    const staffId = staffIdOf(a, 'adviser');
    const page = await ask({ staffId, before: '2026-05-06T00:00:00.000Z', limit: 1 });
    expect(page.entries.map((e) => e.id)).toEqual([contacts[1]!.id]);
    expect(page.more).toBe(true);
    const rest = await ask({ staffId, before: '2026-05-06T00:00:00.000Z', limit: 2 });
    expect(rest.entries.map((e) => e.id)).toEqual([contacts[1]!.id, contacts[0]!.id]);
    expect(rest.more).toBe(false);
  });

  it('includes hand-offs, letters and complaints, a named member of staff’s only for a leader', async () => {
    const { a, ask, contacts, letter, handOff } = await oldHistory();
    const before = '2026-08-26T10:00:00.000Z';
    const adviser = await ask({ staffId: staffIdOf(a, 'adviser'), before });
    expect(adviser.entries.map((e) => [e.kind, e.kind === 'feedback' ? e.detail : e.id])).toEqual([
      ['feedback', 'Bill wrong.'],
      ['correspondence', letter.id],
      ['hand_off', handOff.id],
      ['contact', contacts[2]!.id],
      ['contact', contacts[1]!.id],
      ['contact', contacts[0]!.id],
    ]);
    expect(adviser.entries[1]).toMatchObject({ detail: 'Refund request', open: true });
    // Still with the department, and overdue by the council's own clock on the server.
    expect(adviser.entries[2]).toMatchObject({
      title: `${handOff.reference}: the refund (Benefits)`,
      open: true,
      dueDate: handOff.dueDate,
      detail: expect.stringMatching(/^Overdue: escalate to /) as string,
    });
    const leader = await ask({ staffId: staffIdOf(a, 'teamleader'), before });
    expect(
      leader.entries
        .filter((e) => e.kind === 'feedback')
        .map((e) => e.detail)
        .sort(),
    ).toEqual(['Bill wrong.', 'The officer at desk 2 was rude.']);
  });

  it('shows an erased customer’s older history blanked, as the desks show it', async () => {
    const council = await startCouncil();
    const a = await joinedDesk(council, 'Desk A');
    const ids = await referenceIds(a.backend);
    const tom = await save(a.backend, 'customers.create', {
      firstName: 'Tom',
      lastName: 'Brennan',
      confirmNew: true,
    });
    await save(a.backend, 'contacts.record', {
      channel: 'telephone',
      serviceId: ids.councilTax,
      interactionTypeId: ids.providingInformation,
      customerTypeId: ids.citizen,
      customerId: tom.id,
      outcome: 'resolved',
      notes: 'Lives with his sister at 4 Mill Lane.',
      startedAt: '2026-05-04T09:00:00Z',
      endedAt: '2026-05-04T09:05:00Z',
      confirmOld: true,
    });
    await a.sync();
    const address = (await a.backend.opened.backend.ctx!.sync.serverAddress())!;
    const ask = async () => {
      const answer = await serverRequest(address, '/records/customer-history', {
        customerId: tom.id,
        staffId: staffIdOf(a, 'adviser'),
        before: '2026-08-26T10:00:00.000Z',
        now: '2026-11-23T10:00:00.000Z',
      });
      if (!answer.ok) throw new Error(answer.reason);
      return answer.body as { entries: TimelineEntry[]; more: boolean };
    };
    expect((await ask()).entries.map((e) => e.detail)).toEqual([
      'Lives with his sister at 4 Mill Lane.',
    ]);
    await a.backend.signIn('teamleader');
    await save(a.backend, 'customers.erase', { id: tom.id, reason: 'Customer asked in writing.' });
    await a.sync();
    expect((await ask()).entries.map((e) => e.detail)).toEqual([REMOVED]);
  });
});
