// Voiding a contact recorded in error (issue 19), through dispatch on the demo council: who
// may void (its adviser on the London day they recorded it, a team leader or administrator
// any time), the reason asked for, what a void contact refuses afterwards, and the day's
// figures worked out by hand before and after voiding one contact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactFields, StatsReport } from '../../../shared/api';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';
import { statsFixture } from '../../../test/support/stats-fixture';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;
const sqlite = () => backend.opened.database!.sqlite;
const changes = () => sqlite().prepare('select count(*) from change_log').pluck().get();

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z'); // Monday
  await backend.signIn('adviser');
  ids = await referenceIds(backend);
});
afterEach(() => backend.close());

const phoneCall = (overrides: Partial<ContactFields> = {}): ContactFields => ({
  channel: 'telephone',
  serviceId: ids.councilTax,
  interactionTypeId: ids.providingInformation,
  customerTypeId: ids.citizen,
  outcome: 'resolved',
  startedAt: '2026-11-23T09:50:00Z',
  endedAt: '2026-11-23T09:55:00Z',
  ...overrides,
});
const REASON = 'Recorded twice: the same call was logged by mistake.';

/** Calls `contacts.void` and, when refused, checks nothing was written. */
async function voidAs(id: string, reason = REASON) {
  const before = changes();
  const result = await backend.call('contacts.void', { id, reason });
  if (!result.ok) expect(changes(), 'a refusal writes nothing').toBe(before);
  return result;
}

describe('who may void a contact', () => {
  it('its adviser on the day they recorded it: kept, marked void, out of their FCR', async () => {
    const kept = await ok(backend.call('contacts.record', phoneCall()));
    const wrong = await ok(
      backend.call(
        'contacts.record',
        phoneCall({ outcome: 'handed_off', departmentId: ids.benefits }),
      ),
    );
    backend.clock.advance(5 * 60_000);

    const voided = await ok(voidAs(wrong.id));
    expect(voided.voided).toEqual({
      at: '2026-11-23T10:05:00.000Z',
      byName: 'Amina Khan',
      reason: REASON,
    });
    expect(voided.corrected).toBe(false); // a void is not a correction

    const today = await ok(backend.call('contacts.mineToday', {}));
    expect(today.contacts.map((c) => [c.id, c.voided?.reason ?? null])).toEqual([
      [kept.id, null],
      [wrong.id, REASON],
    ]);
    // Before: 1 resolved of 2 (50%). The void one is out: 1 of 1.
    expect(today.fcr).toMatchObject({ completed: 1, resolved: 1, rate: 1 });

    const history = await ok(backend.call('contacts.history', { id: wrong.id }));
    expect(history.at(-1)).toMatchObject({
      staffName: 'Amina Khan',
      action: 'update',
      changes: [
        { field: 'voided at', before: null, after: '2026-11-23T10:05:00.000Z' },
        { field: 'voided by', before: null, after: 'Amina Khan' },
        { field: 'void reason', before: null, after: REASON },
      ],
    });
  });

  it('refuses the adviser the next day, and lets a team leader void it then', async () => {
    const contact = await ok(backend.call('contacts.record', phoneCall()));
    backend.clock.set('2026-11-24T09:00:00Z');
    await backend.signIn('adviser');
    const refused = await voidAs(contact.id);
    expect(!refused.ok && refused.error).toEqual({
      code: 'FORBIDDEN',
      message:
        'You can void your own contact only on the day you recorded it. Ask a team leader to void it.',
    });

    // A week later, a team leader may still void it.
    backend.clock.set('2026-11-30T09:00:00Z');
    await backend.signIn('teamleader');
    const voided = await ok(voidAs(contact.id));
    expect(voided.voided).toMatchObject({ byName: 'Carys Jones' });
  });

  it('refuses a teammate adviser, who records a contact of their own instead', async () => {
    const contact = await ok(backend.call('contacts.record', phoneCall()));
    sqlite().prepare("update staff set team = 'One Stop Shops' where username = 'adviser2'").run();
    await backend.signIn('adviser2');
    const refused = await voidAs(contact.id);
    expect(!refused.ok && refused.error).toEqual({
      code: 'FORBIDDEN',
      message: 'Advisers can void only their own contacts. Ask a team leader.',
    });
  });

  it('asks for a reason of 5 to 500 characters', async () => {
    const contact = await ok(backend.call('contacts.record', phoneCall()));
    const message = async (reason: unknown) => {
      const before = changes();
      const result = await backend.raw('contacts.void', { id: contact.id, reason });
      expect(changes()).toBe(before);
      return !result.ok && `${result.error.code}: ${result.error.message}`;
    };
    const required =
      'VALIDATION: Say why the contact is void, in at least 5 characters (for example, “Recorded twice”).';
    expect(await message('')).toBe(required);
    expect(await message('  oops \u200B ')).toBe(required);
    expect(await message('x'.repeat(501))).toBe(
      'VALIDATION: The reason can be at most 500 characters; this has 501. Shorten it.',
    );
    expect(await message('Wrong\u0007customer')).toMatch(/control character/);
    // Five characters, over two lines, is enough.
    expect(
      (await backend.call('contacts.void', { id: contact.id, reason: 'Wrong\ncust' })).ok,
    ).toBe(true);
  });
});

describe('a void contact stays as it was voided', () => {
  it('refuses voiding again, correcting, a hand-off and a survey, each saying why', async () => {
    const contact = await ok(backend.call('contacts.record', phoneCall()));
    await ok(voidAs(contact.id));
    const why =
      'This contact was voided by Amina Khan at 10:00 on 23 November 2026: “Recorded twice: the same call was logged by mistake.”.';
    const again = await voidAs(contact.id, 'Trying a second time.');
    expect(!again.ok && again.error).toEqual({
      code: 'CONFLICT',
      message: `${why} It is already out of the figures.`,
    });
    const before = changes();
    const corrected = await backend.call('contacts.correct', {
      id: contact.id,
      fields: phoneCall({ notes: 'Later' }),
    });
    expect(!corrected.ok && corrected.error).toEqual({
      code: 'CONFLICT',
      message: `${why} A void contact cannot be corrected. Record a new contact for what happened.`,
    });
    const handOff = await backend.call('handOffs.create', {
      contactId: contact.id,
      departmentId: ids.benefits,
      subject: 'Claim review',
      details: 'Please review.',
    });
    expect(!handOff.ok && handOff.error.code).toBe('CONFLICT');
    const survey = await backend.call('surveys.send', { contactId: contact.id, via: 'email' });
    expect(!survey.ok && survey.error.code).toBe('CONFLICT');
    expect(changes()).toBe(before);
  });
});

describe('the day’s figures, before and after voiding one contact', () => {
  it('drop the voided contact from every figure', async () => {
    // Monday 23 November 2026, worked by hand (all inbound unless said):
    //   c1 09:00 phone, Ann, Council Tax, resolved, answered after 20 s
    //   c2 12:00 phone, Ann, Council Tax, resolved, answered after 60 s  <- voided: recorded twice
    //   c3 10:00 email, resolved;  c4 11:00 face to face, callback promised;  c5 15:00 phone, outbound
    // Before: 5 contacts (phone 3, email 1, face to face 1); completed 4, resolved 3 (75%);
    //   c1 is repeated by c2, so verified 2 of 4 (50%); 2 calls answered, ASA (20+60)/2 = 40 s.
    // After:  4 contacts (phone 2); completed 3, resolved 2 (67%); no repeat, verified 2 of 3
    //   (67%); 1 call answered, ASA 20 s.
    backend.clock.set('2026-11-23T17:00:00Z');
    const f = statsFixture(backend);
    const ann = f.customer('Ann Ashworth');
    const c1 = f.contact({ at: '2026-11-23T09:00:00Z', customerId: ann });
    const c2 = f.contact({ at: '2026-11-23T12:00:00Z', customerId: ann });
    f.contact({ at: '2026-11-23T10:00:00Z', channel: 'email' });
    f.contact({
      at: '2026-11-23T11:00:00Z',
      channel: 'face_to_face',
      outcome: 'callback_promised',
      staff: 'adviser',
      site: 'townHall',
    });
    f.contact({ at: '2026-11-23T15:00:00Z', customerId: ann, direction: 'outbound' });
    const link = sqlite().prepare('update calls set contact_id = ? where id = ?');
    link.run(c1, f.call({ queued: '2026-11-23T08:59:40Z', answered: '2026-11-23T09:00:00Z' }));
    link.run(c2, f.call({ queued: '2026-11-23T11:59:00Z', answered: '2026-11-23T12:00:00Z' }));
    await backend.signIn('teamleader');

    const figures = async () => {
      const report: StatsReport = await ok(
        backend.call('stats.report', { from: '2026-11-23', to: '2026-11-23' }),
      );
      const value = (key: string) =>
        report.sections.flatMap((s) => s.figures).find((x) => x.key === key)!.value;
      const evidence = await ok(
        backend.call('nesds.evidence', { from: '2026-11-01', to: '2026-11-30' }),
      );
      const measures = (n: number) =>
        evidence.standards
          .find((s) => s.number === n)!
          .measures.map((m) => `${m.label}: ${m.value}`);
      const records = await ok(
        backend.call('stats.records', {
          scope: { from: '2026-11-23', to: '2026-11-23' },
          drill: 'contacts.all',
        }),
      );
      const tallies = sqlite()
        .prepare(
          `select key, contacts, completed, resolved, repeats from contact_site_tallies
           where date = '2026-11-23' and dimension = 'channel' and contacts > 0 order by key`,
        )
        .all();
      return {
        contacts: value('contacts.all'),
        completed: value('fcr.completed'),
        fcr: value('fcr.recorded'),
        verified: value('fcr.verified'),
        answered: value('calls.answered'),
        asa: value('calls.asa'),
        byChannel: report.volume.channel.map((r) => `${r.label} ${r.count}`),
        drillTotal: records.total,
        nesds: [...measures(1), ...measures(18).slice(0, 1)],
        tallies,
      };
    };

    const before = await figures();
    expect(before).toMatchObject({
      contacts: 5,
      completed: 4,
      fcr: 0.75,
      verified: 0.5,
      answered: 2,
      asa: 40,
      byChannel: ['Telephone 3', 'Email 1', 'Face to face 1'],
      drillTotal: 5,
    });
    expect(before.nesds).toEqual([
      '1a Telephone: 3 contacts',
      '1b Face to face: 1 contact',
      '1c Electronic (email, web form, SMS): 1 contact',
      '1d Post (letter, fax): 0 contacts',
      'Contacts recorded: 5',
    ]);
    expect(before.tallies).toContainEqual({
      key: 'telephone',
      contacts: 3,
      completed: 2,
      resolved: 2,
      repeats: 1,
    });

    await ok(voidAs(c2));
    const after = await figures();
    expect(after).toMatchObject({
      contacts: 4,
      completed: 3,
      fcr: 2 / 3,
      verified: 2 / 3,
      answered: 1,
      asa: 20,
      byChannel: ['Telephone 2', 'Email 1', 'Face to face 1'],
      drillTotal: 4,
    });
    expect(after.nesds).toEqual([
      '1a Telephone: 2 contacts',
      '1b Face to face: 1 contact',
      '1c Electronic (email, web form, SMS): 1 contact',
      '1d Post (letter, fax): 0 contacts',
      'Contacts recorded: 4',
    ]);
    expect(after.tallies).toContainEqual({
      key: 'telephone',
      contacts: 2,
      completed: 1,
      resolved: 1,
      repeats: 0,
    });
    // The contact is kept, with who voided it, when and why.
    expect(sqlite().prepare('select void_reason from contacts where id = ?').pluck().get(c2)).toBe(
      REASON,
    );
  });
});
