// Exit surveys through the real back end (NeSDS standard 17): asked with the customer there,
// sent and answered later, and every refusal writing nothing. A month's figures:
// survey-figures.test.ts.
import { describe, expect, it } from 'vitest';
import { ok } from '../../../test/support/backend';
import { backend, at, contact, useSurveyBackend } from './surveys.support';

useSurveyBackend();

const rows = (sql: string, ...params: unknown[]) =>
  backend.opened.database!.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
/** What a refusal must leave untouched: every survey and every change-log entry. */
const snapshot = () => ({
  surveys: rows('select * from satisfaction_surveys order by id'),
  log: rows('select count(*) as n from change_log'),
});

describe('asking the survey with the customer there', () => {
  it('records the answers at once and shows them for the contact', async () => {
    const c = await contact('2026-11-23T09:50:00Z');
    const survey = await ok(
      backend.call('surveys.record', {
        contactId: c.id,
        rating: 4,
        couldHaveDoneMore: 'no',
        comment: '  Quick and friendly.  ',
      }),
    );
    expect(survey).toMatchObject({
      contactId: c.id,
      method: 'asked',
      sentVia: null,
      sentAt: null,
      respondedAt: '2026-11-23T10:00:00.000Z',
      rating: 4,
      couldHaveDoneMore: 'no',
      comment: 'Quick and friendly.',
      recordedByName: 'Amina Khan',
    });
    expect(await ok(backend.call('surveys.get', { contactId: c.id }))).toEqual(survey);
    expect(rows("select action from change_log where entity = 'satisfaction_surveys'")).toEqual([
      { action: 'create' },
    ]);
  });

  it('says a contact has no survey yet with null', async () => {
    const c = await contact('2026-11-23T09:50:00Z');
    expect(await ok(backend.call('surveys.get', { contactId: c.id }))).toBeNull();
  });

  it('refuses a second survey on the same contact, either way, and writes nothing', async () => {
    const c = await contact('2026-11-23T09:50:00Z');
    await ok(
      backend.call('surveys.record', { contactId: c.id, rating: 5, couldHaveDoneMore: 'no' }),
    );
    const before = snapshot();
    const again = await backend.call('surveys.record', {
      contactId: c.id,
      rating: 1,
      couldHaveDoneMore: 'yes',
    });
    expect(!again.ok && again.error).toMatchObject({
      code: 'CONFLICT',
      message: 'This contact already has its survey (rated 5 of 5). Each contact is surveyed once.',
    });
    const send = await backend.call('surveys.send', { contactId: c.id, via: 'email' });
    expect(!send.ok && send.error.code).toBe('CONFLICT');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a survey "asked" on a later day: that answer comes from a sent survey', async () => {
    const c = await contact('2026-11-20T15:00:00Z'); // the Friday before
    const before = snapshot();
    const late = await backend.call('surveys.record', {
      contactId: c.id,
      rating: 3,
      couldHaveDoneMore: 'not_sure',
    });
    expect(!late.ok && late.error.code).toBe('CONFLICT');
    expect(!late.ok && late.error.message).toMatch(/^A survey asked with the customer there/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an unknown contact, a rating outside 1 to 5 and a wrong answer', async () => {
    const c = await contact('2026-11-23T09:50:00Z');
    const before = snapshot();
    const missing = await backend.call('surveys.record', {
      contactId: '01930000-0000-7000-8000-000000000000',
      rating: 3,
      couldHaveDoneMore: 'no',
    });
    expect(!missing.ok && missing.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'That contact does not exist.',
    });
    for (const rating of [0, 6, 3.5]) {
      const bad = await backend.call('surveys.record', {
        contactId: c.id,
        rating,
        couldHaveDoneMore: 'no',
      });
      expect(!bad.ok && bad.error.code).toBe('VALIDATION');
      expect(!bad.ok && bad.error.fields?.rating).toBe(
        'Choose a rating from 1 (very dissatisfied) to 5 (very satisfied).',
      );
    }
    const answer = await backend.raw('surveys.record', {
      contactId: c.id,
      rating: 3,
      couldHaveDoneMore: 'maybe',
    });
    expect(!answer.ok && answer.error.fields?.couldHaveDoneMore).toBe(
      'Say whether we could reasonably have done more: yes, no or not sure.',
    );
    expect(snapshot()).toEqual(before);
  });
});

describe('sending the survey to answer later', () => {
  it('sends, lists it as awaiting a reply newest first, and records the reply', async () => {
    const first = await contact('2026-11-20T15:00:00Z', { channel: 'telephone' });
    const second = await contact('2026-11-23T09:00:00Z');
    await at('2026-11-23T09:30:00Z');
    await ok(backend.call('surveys.send', { contactId: second.id, via: 'sms' }));
    await at('2026-11-23T10:00:00Z');
    const sent = await ok(backend.call('surveys.send', { contactId: first.id, via: 'email' }));
    expect(sent).toMatchObject({
      method: 'sent',
      sentVia: 'email',
      sentAt: '2026-11-23T10:00:00.000Z',
      respondedAt: null,
      rating: null,
    });
    const awaiting = await ok(backend.call('surveys.awaiting', {}));
    expect(awaiting.map((a) => [a.contactId, a.sentVia, a.sentAt])).toEqual([
      [first.id, 'email', '2026-11-23T10:00:00.000Z'],
      [second.id, 'sms', '2026-11-23T09:30:00.000Z'],
    ]);
    expect(awaiting[0]).toMatchObject({
      contactStartedAt: '2026-11-20T15:00:00.000Z',
      channel: 'telephone',
      serviceName: 'Council Tax',
      siteName: 'Town Hall One Stop Shop',
      customerName: null,
      customerTypeName: 'Citizen',
      adviserName: 'Amina Khan',
    });

    // The team leader records the reply that came back two days later.
    await at('2026-11-25T11:00:00Z', 'teamleader');
    const reply = await ok(
      backend.call('surveys.respond', {
        contactId: first.id,
        rating: 2,
        couldHaveDoneMore: 'yes',
        comment: 'Had to call twice.',
        respondedAt: '2026-11-24T16:00:00Z',
      }),
    );
    expect(reply).toMatchObject({
      method: 'sent',
      respondedAt: '2026-11-24T16:00:00.000Z',
      rating: 2,
      couldHaveDoneMore: 'yes',
      comment: 'Had to call twice.',
      recordedByName: 'Amina Khan',
    });
    expect((await ok(backend.call('surveys.awaiting', {}))).map((a) => a.contactId)).toEqual([
      second.id,
    ]);
    expect(
      rows(
        "select action, staff_id = (select id from staff where username = 'teamleader') as by_leader from change_log where entity = 'satisfaction_surveys' order by id",
      ),
    ).toEqual([
      { action: 'create', by_leader: 0 },
      { action: 'create', by_leader: 0 },
      { action: 'update', by_leader: 1 },
    ]);
    // Without a date the reply is stamped now.
    const now = await ok(
      backend.call('surveys.respond', { contactId: second.id, rating: 5, couldHaveDoneMore: 'no' }),
    );
    expect(now.respondedAt).toBe('2026-11-25T11:00:00.000Z');
    const both = await ok(
      backend.call('surveys.ofContacts', { contactIds: [first.id, second.id] }),
    );
    expect(both.map((s) => s.rating).sort()).toEqual([2, 5]);
  });

  it('refuses a reply where there is none to record, and writes nothing', async () => {
    const none = await contact('2026-11-23T09:00:00Z');
    const asked = await contact('2026-11-23T09:10:00Z');
    const sent = await contact('2026-11-23T09:20:00Z');
    await ok(
      backend.call('surveys.record', { contactId: asked.id, rating: 4, couldHaveDoneMore: 'no' }),
    );
    await ok(backend.call('surveys.send', { contactId: sent.id, via: 'letter' }));
    const reply = { rating: 3, couldHaveDoneMore: 'not_sure' } as const;
    const before = snapshot();

    const noSurvey = await backend.call('surveys.respond', { contactId: none.id, ...reply });
    expect(!noSurvey.ok && noSurvey.error).toMatchObject({
      code: 'CONFLICT',
      message: 'No survey was sent for this contact, so there is no reply to record.',
    });
    const onTheSpot = await backend.call('surveys.respond', { contactId: asked.id, ...reply });
    expect(!onTheSpot.ok && onTheSpot.error).toMatchObject({
      code: 'CONFLICT',
      message:
        'This survey was asked with the customer there and is already answered (rated 4 of 5).',
    });
    const early = await backend.call('surveys.respond', {
      contactId: sent.id,
      ...reply,
      respondedAt: '2026-11-23T09:59:00Z', // a minute before it was sent
    });
    expect(!early.ok && early.error.fields?.respondedAt).toBe(
      'The reply cannot have come back before the survey was sent.',
    );
    const future = await backend.call('surveys.respond', {
      contactId: sent.id,
      ...reply,
      respondedAt: '2026-11-24T10:00:00Z',
    });
    expect(!future.ok && future.error.fields?.respondedAt).toBe(
      'That date is in the future. Record the reply once it has come back.',
    );
    const askedToo = await backend.call('surveys.record', { contactId: sent.id, ...reply });
    expect(!askedToo.ok && askedToo.error.message).toBe(
      'This contact already has its survey (sent by letter, awaiting a reply). Each contact is surveyed once.',
    );
    const via = await backend.raw('surveys.send', { contactId: none.id, via: 'pigeon' });
    expect(!via.ok && via.error.fields?.via).toBe(
      'Choose how it is sent: email, text message, letter or a phone call later.',
    );
    const missing = await backend.call('surveys.send', {
      contactId: '01930000-0000-7000-8000-000000000000',
      via: 'email',
    });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    expect(snapshot()).toEqual(before);

    await ok(backend.call('surveys.respond', { contactId: sent.id, ...reply }));
    const twice = snapshot();
    const again = await backend.call('surveys.respond', { contactId: sent.id, ...reply });
    expect(!again.ok && again.error).toMatchObject({
      code: 'CONFLICT',
      message:
        'The reply to this survey is already recorded (rated 3 of 5, neither satisfied nor dissatisfied).',
    });
    expect(snapshot()).toEqual(twice);
  });
});
