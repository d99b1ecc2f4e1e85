import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorrespondenceItem } from '../../../shared/api';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeEach(async () => {
  backend = await createTestBackend('2026-12-21T09:30:00Z'); // Monday before Christmas
  backend.setSetting('security.lockAfterMinutes', 240);
  await backend.signIn('adviser2');
  ids = await referenceIds(backend);
});
afterEach(async () => {
  await backend.close();
});

const count = (table: string) =>
  (
    backend.opened.database!.sqlite.prepare(`select count(*) as n from ${table}`).get() as {
      n: number;
    }
  ).n;
const logLetter = (
  receivedAt = '2026-12-18T10:00:00Z',
  serviceId = ids.councilTax,
): Promise<CorrespondenceItem> =>
  ok(
    backend.call('correspondence.log', {
      channel: 'letter',
      receivedAt,
      serviceId,
      subject: 'Disputes bill',
      senderAddress: '12 High Street, WA8 7QA',
    }),
  );

describe('logging an item', () => {
  it('dates a letter opened on Monday from the Friday it arrived, and gives a reference', async () => {
    const item = await logLetter();
    expect(item).toMatchObject({
      reference: 'C-2026-000001',
      receivedDate: '2026-12-18',
      dueDate: '2027-01-06',
      ackDueDate: null,
      state: 'on_time',
      workingDaysLeft: 9,
    });
  });

  it('gives an email an acknowledgement due the next working day', async () => {
    backend.clock.set('2026-12-24T17:00:00Z');
    await backend.signIn('adviser2');
    const item = await ok(
      backend.call('correspondence.log', {
        channel: 'email',
        receivedAt: '2026-12-24T16:00:00Z',
        serviceId: ids.councilTax,
        subject: 'Direct debit',
        senderAddress: 'a@example.org',
      }),
    );
    expect(item.ackDueDate).toBe('2026-12-29'); // Christmas Day and the Boxing Day substitute are not working days
  });

  it('uses a service’s own reply standard when it has one', async () => {
    backend.opened
      .database!.sqlite.prepare('update services set reply_working_days = 5 where id = ?')
      .run(ids.housingBenefit);
    const item = await logLetter('2026-12-18T10:00:00Z', ids.housingBenefit);
    // Fri 18 Dec + 5: 21, 22, 23, 24, then Tue 29 (25 and the Boxing Day substitute 28 are off).
    expect(item).toMatchObject({ replyWorkingDays: 5, dueDate: '2026-12-29' });
  });

  it('refuses an unknown sender with no address', async () => {
    const result = await backend.call('correspondence.log', {
      channel: 'letter',
      receivedAt: '2026-12-18T10:00:00Z',
      serviceId: ids.councilTax,
      subject: 'x',
    });
    expect(!result.ok && result.error.fields?.senderAddress).toBe(
      'Link the customer, or give the address it came from for an unknown sender.',
    );
  });
});

describe('actions refuse bad input and write nothing', () => {
  it('refuses a response dated before receipt, a holding reply with no new date, and closing twice', async () => {
    const item = await logLetter();
    const before = { log: count('change_log'), holding: count('holding_replies') };
    const early = await backend.call('correspondence.respond', {
      id: item.id,
      respondedAt: '2026-12-17T12:00:00Z',
      channel: 'letter',
    });
    expect(!early.ok && early.error.message).toBe(
      'The response is dated before the item was received (2026-12-18). Check the date.',
    );
    const noDate = await backend.call('correspondence.holdingReply', {
      id: item.id,
      sentOn: '2026-12-21',
      reason: 'Waiting for valuation',
    });
    expect(!noDate.ok && noDate.error.fields?.expectedDate).toBe(
      'Give the date the customer can now expect a full reply.',
    );
    expect({ log: count('change_log'), holding: count('holding_replies') }).toEqual(before);

    await ok(
      backend.call('correspondence.respond', {
        id: item.id,
        respondedAt: '2026-12-21T09:00:00Z',
        channel: 'letter',
      }),
    );
    const logged = count('change_log');
    const twice = await backend.call('correspondence.respond', {
      id: item.id,
      respondedAt: '2026-12-21T09:10:00Z',
      channel: 'letter',
    });
    expect(!twice.ok && twice.error).toEqual({
      code: 'CONFLICT',
      message:
        'This item is already closed: its full response was sent on 2026-12-21. Reopen it first if more is needed.',
    });
    expect(count('change_log')).toBe(logged);
  });
});

describe('the work list and the figures', () => {
  it('orders by due date, counts each view, and follows an item to overdue, holding reply and response', async () => {
    const letter = await logLetter(); // due 6 Jan
    await ok(
      backend.call('correspondence.log', {
        channel: 'web_form',
        receivedAt: '2026-12-21T08:00:00Z',
        serviceId: ids.housingBenefit,
        subject: 'Change of address',
        senderAddress: 'web',
      }),
    ); // due 7 Jan
    const me = (await ok(backend.call('staff.list', {}))).find(
      (s) => s.displayName === 'Ben Hughes',
    )!;
    await ok(backend.call('correspondence.assign', { id: letter.id, staffId: me.id }));

    /** Days pass: the adviser signs in again the next morning. */
    const dayLater = async (at: string) => {
      backend.clock.set(at);
      await backend.signIn('adviser2');
    };
    await dayLater('2027-01-05T10:00:00Z');
    let list = await ok(backend.call('correspondence.list', { view: 'all' }));
    expect(list.items.map((i) => [i.reference, i.dueDate, i.workingDaysLeft, i.state])).toEqual([
      ['C-2026-000001', '2027-01-06', 1, 'due_soon'],
      ['C-2026-000002', '2027-01-07', 2, 'due_soon'],
    ]);
    expect(list.counts).toEqual({
      all: 2,
      mine: 1,
      my_team: 1,
      overdue: 0,
      due_today: 0,
      due_within_2: 2,
    });

    await dayLater('2027-01-07T10:00:00Z');
    list = await ok(backend.call('correspondence.list', { view: 'overdue' }));
    expect(list.items.map((i) => [i.reference, i.workingDaysLeft, i.state])).toEqual([
      ['C-2026-000001', -1, 'overdue'],
    ]);
    expect(list.counts).toMatchObject({ overdue: 1, due_today: 1 });

    let figures = await ok(
      backend.call('correspondence.figures', { from: '2026-12-01', to: '2026-12-31' }),
    );
    expect(figures).toMatchObject({
      received: 2,
      closed: 0,
      shareWithinStandard: null,
      overdueNow: 1,
      holdingRepliesSent: 0,
    });

    const held = await ok(
      backend.call('correspondence.holdingReply', {
        id: letter.id,
        sentOn: '2027-01-07',
        reason: 'Waiting for a valuation',
        expectedDate: '2027-01-15',
      }),
    );
    expect(held).toMatchObject({ dueDate: '2027-01-06', state: 'overdue' }); // still measured against the original date
    const redirected = await ok(
      backend.call('correspondence.redirect', {
        id: letter.id,
        departmentId: ids.benefits,
        contactName: 'Benefits duty assessor',
        customerToldOn: '2027-01-07',
      }),
    );
    expect(redirected.departmentName).toBe('Benefits');
    await dayLater('2027-01-08T12:00:00Z');
    const answered = await ok(
      backend.call('correspondence.respond', {
        id: letter.id,
        respondedAt: '2027-01-08T11:00:00Z',
        channel: 'letter',
      }),
    );
    expect(answered).toMatchObject({ status: 'closed', state: 'answered_late' });

    figures = await ok(
      backend.call('correspondence.figures', { from: '2026-12-01', to: '2026-12-31' }),
    );
    // The letter: received Fri 18 Dec, answered Fri 8 Jan = 12 working days (21-24 Dec, 29-31 Dec, 4-8 Jan).
    expect(figures).toMatchObject({
      received: 2,
      closed: 1,
      answeredWithinStandard: 0,
      shareWithinStandard: 0,
      averageWorkingDaysToRespond: 12,
      overdueNow: 1, // the web form, due 7 Jan
      holdingRepliesSent: 1,
      redirectsByDepartment: [{ departmentName: 'Benefits', count: 1 }],
    });

    const history = await ok(backend.call('correspondence.history', { id: letter.id }));
    expect(history.map((h) => h.changes.map((c) => c.field).join(','))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('assigned to'),
        expect.stringContaining('reason'),
        expect.stringContaining('status'),
      ]),
    );
    const reopened = await ok(
      backend.call('correspondence.reopen', {
        id: letter.id,
        reason: 'Customer says the bill is still wrong',
      }),
    );
    expect(reopened).toMatchObject({
      status: 'open',
      reopenReason: 'Customer says the bill is still wrong',
      state: 'overdue',
    });
  });
});
