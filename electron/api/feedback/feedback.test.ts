// Complaints, compliments and comments through the real back end (NeSDS 7 and 20): each
// complaint stage under its own standard, escalation to stage 2 and the ombudsman, and a
// month's figures by service, all checked against dates worked out by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z'); // Monday
  await backend.signIn();
  ids = await referenceIds(backend);
});
afterEach(async () => {
  await backend.close();
});

const rows = (sql: string, ...params: unknown[]) =>
  backend.opened.database!.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];

const log = (
  kind: 'complaint' | 'compliment' | 'comment',
  serviceId: string,
  receivedAt = '2026-11-23T10:00:00Z',
) =>
  ok(
    backend.call('feedback.log', {
      kind,
      serviceId,
      channel: 'telephone',
      receivedAt,
      summary: 'Bin not collected three weeks running.',
    }),
  );

describe('a complaint through its stages', () => {
  it('opens stage 1 with a reply due ten working days later', async () => {
    const c = await log('complaint', ids.councilTax);
    // 24-27 Nov (4), 30 Nov-4 Dec (9), Mon 7 Dec (10).
    expect(c).toMatchObject({ reference: 'F-2026-000001', status: 'open', stage: 'stage_1' });
    expect(c.stages.map((s) => [s.stage, s.dueDate, s.clock])).toEqual([
      ['stage_1', '2026-12-07', 'on_time'],
    ]);
  });

  it('escalates to stage 2 with twenty working days over Christmas, then to the ombudsman', async () => {
    const c = await log('complaint', ids.councilTax);
    backend.clock.set('2026-12-03T10:00:00Z');
    await backend.signIn();
    const two = await ok(
      backend.call('feedback.escalate', {
        id: c.id,
        reason: 'Still not collected; wants a manager to review.',
        at: '2026-12-03T10:00:00Z',
      }),
    );
    // From Thu 3 Dec: 4 Dec (1), 7-11 (6), 14-18 (11), 21-24 (15), Christmas Day and the
    // Boxing Day substitute on Mon 28 skipped, 29-31 (18), New Year's Day skipped, 4-5 Jan (20).
    expect(two.stages.map((s) => [s.stage, s.outcome, s.dueDate])).toEqual([
      ['stage_1', 'escalated', '2026-12-07'],
      ['stage_2', null, '2027-01-05'],
    ]);
    // The council's reply is a team leader's to record (access-rules.ts, COMPLAINT_OFFICERS).
    await backend.signIn('teamleader');
    const answered = await ok(
      backend.call('feedback.respond', {
        id: c.id,
        outcome: 'partly_upheld',
        response: 'Apologised; collection rescheduled.',
        respondedAt: '2026-12-03T10:00:00Z',
      }),
    );
    expect(answered).toMatchObject({ status: 'closed', stage: 'stage_2' });
    expect(answered.stages[1]).toMatchObject({ outcome: 'partly_upheld', clock: 'met' });
    const ombudsman = await ok(
      backend.call('feedback.escalate', {
        id: c.id,
        reason: 'Customer has gone to the Ombudsman.',
        at: '2026-12-03T10:00:00Z',
      }),
    );
    expect(ombudsman).toMatchObject({ status: 'open', stage: 'ombudsman' });
    const beyond = await backend.call('feedback.escalate', {
      id: c.id,
      reason: 'Again',
      at: '2026-12-03T10:00:00Z',
    });
    expect(!beyond.ok && beyond.error.message).toBe(
      'This complaint is already with the ombudsman.',
    );
  });

  it('refuses to escalate without a reason, and writes nothing', async () => {
    const c = await log('complaint', ids.councilTax);
    const result = await backend.call('feedback.escalate', {
      id: c.id,
      reason: '',
      at: '2026-11-23T10:00:00Z',
    });
    expect(!result.ok && result.error.fields?.reason).toBe(
      'Say why the customer is escalating it.',
    );
    expect(rows('select stage from complaint_stages')).toEqual([{ stage: 'stage_1' }]);
  });

  it('refuses an escalation dated before the reply it escalates from', async () => {
    const c = await log('complaint', ids.councilTax);
    backend.clock.set('2026-11-27T12:00:00Z');
    await backend.signIn('teamleader');
    await ok(
      backend.call('feedback.respond', {
        id: c.id,
        outcome: 'not_upheld',
        response: 'Collections were on schedule.',
        respondedAt: '2026-11-26T12:00:00Z',
      }),
    );
    const early = await backend.call('feedback.escalate', {
      id: c.id,
      reason: 'Disagrees with the reply',
      at: '2026-11-25T12:00:00Z',
    });
    expect(!early.ok && early.error.fields?.at).toBe(
      'It cannot be escalated before the reply it is escalating from.',
    );
    expect(rows('select count(*) as n from complaint_stages')).toEqual([{ n: 1 }]);
  });

  it('records compliments and comments as closed, with no stages', async () => {
    const c = await log('compliment', ids.councilTax);
    expect(c).toMatchObject({ status: 'closed', stage: null, stages: [] });
    await backend.signIn('teamleader');
    const answer = await backend.call('feedback.respond', {
      id: c.id,
      outcome: 'upheld',
      response: 'n/a',
      respondedAt: '2026-11-23T10:00:00Z',
    });
    expect(!answer.ok && answer.error.message).toBe('Only complaints have stages to answer.');
  });
});

describe('monthly figures by service', () => {
  it('counts last month’s complaints, compliments and comments by service', async () => {
    await log('complaint', ids.councilTax, '2026-10-01T09:00:00Z');
    await log('complaint', ids.councilTax, '2026-10-31T23:30:00Z'); // still October in London (GMT)
    await log('complaint', ids.housingBenefit, '2026-10-15T12:00:00Z');
    await log('compliment', ids.housingBenefit, '2026-10-20T12:00:00Z');
    await log('comment', ids.councilTax, '2026-10-20T12:00:00Z');
    await log('complaint', ids.councilTax, '2026-09-30T22:59:00Z'); // 23:59 on 30 Sept, BST
    await log('complaint', ids.councilTax, '2026-11-01T00:00:00Z'); // November
    await backend.signIn('teamleader'); // the figures are the leaders' to report
    const figures = await ok(
      backend.call('feedback.figures', { from: '2026-10-01', to: '2026-10-31' }),
    );
    expect(
      figures.byService.map((s) => [s.serviceName, s.complaints, s.compliments, s.comments]),
    ).toEqual([
      ['Council Tax', 2, 0, 1],
      ['Housing Benefit and Council Tax Reduction', 1, 1, 0],
    ]);
    expect(figures.total).toMatchObject({ complaints: 3, compliments: 1, comments: 1 });
  });
});
