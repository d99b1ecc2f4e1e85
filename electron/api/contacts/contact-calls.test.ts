// A telephone contact's call: the seconds before answer and whether it was transferred and
// why (issue 8) are kept on the call behind the contact, come back on the contact, follow a
// correction, and are refused where they make no sense, changing nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../shared/api';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn('adviser2');
  ids = await referenceIds(backend);
});
afterEach(() => backend.close());

const call = (overrides: Partial<ContactFields> = {}): ContactFields => ({
  channel: 'telephone',
  serviceId: ids.councilTax,
  interactionTypeId: ids.providingInformation,
  customerTypeId: ids.citizen,
  outcome: 'resolved',
  startedAt: '2026-11-23T09:40:00Z',
  endedAt: '2026-11-23T09:45:00Z',
  answerSeconds: 42,
  transferred: true,
  transferReason: 'Needed a planning officer',
  ...overrides,
});

const calls = () =>
  backend.opened
    .database!.sqlite.prepare(
      'select queued_at, answered_at, transferred, transfer_reason from calls order by queued_at',
    )
    .all();

describe('a transferred call', () => {
  it('keeps the answer time and the transfer with its reason, and shows them on the contact', async () => {
    const contact = await ok(backend.call('contacts.record', call()));
    expect(contact).toMatchObject({
      answerSeconds: 42,
      transferred: true,
      transferReason: 'Needed a planning officer',
    });
    // Answered at the start, 09:40:00; queued 42 s before.
    expect(calls()).toEqual([
      {
        queued_at: '2026-11-23T09:39:18.000Z',
        answered_at: '2026-11-23T09:40:00.000Z',
        transferred: 1,
        transfer_reason: 'Needed a planning officer',
      },
    ]);
  });

  it('is corrected to not transferred, and the reason goes with it', async () => {
    const contact = await ok(backend.call('contacts.record', call()));
    const corrected = await ok(
      backend.call('contacts.correct', {
        id: contact.id,
        fields: call({ transferred: false, transferReason: null, answerSeconds: 30 }),
      }),
    );
    expect(corrected).toMatchObject({
      answerSeconds: 30,
      transferred: false,
      transferReason: null,
    });
    expect(calls()).toMatchObject([{ transferred: 0, transfer_reason: null }]);
  });

  it('refuses a transfer without its reason, without an answer time, or on another channel', async () => {
    const refusals = [
      [call({ transferReason: null }), 'transferReason', 'Say why the call was transferred.'],
      [
        call({ answerSeconds: null }),
        'answerSeconds',
        'Give the seconds before answer too: a transfer is recorded with the call.',
      ],
      [
        call({ channel: 'email', answerSeconds: null }),
        'transferred',
        'Only an inbound telephone call can be transferred.',
      ],
    ] as const;
    for (const [fields, path, message] of refusals) {
      const result = await backend.call('contacts.record', fields);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.fields?.[path]).toBe(message);
    }
    expect(calls()).toEqual([]);
    const contacts = backend.opened.database!.sqlite.prepare('select count(*) from contacts');
    expect(contacts.pluck().get()).toBe(0);
  });

  it('a call not transferred says so', async () => {
    const contact = await ok(
      backend.call('contacts.record', call({ transferred: undefined, transferReason: undefined })),
    );
    expect(contact).toMatchObject({ answerSeconds: 42, transferred: false, transferReason: null });
  });
});
