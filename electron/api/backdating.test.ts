// How far back a record may be dated (go-live issue, item 10), through dispatch on a council
// created on Monday 7 December 2026: nothing before that day, a date more than the set days
// back only once the adviser confirms it, and a quick log only for today. Refusals write
// nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, OutputOf, Result } from '../../shared/api';
import { settableClock, type SettableClock } from '../../shared/domain/clock';
import { openBackend, type OpenBackend } from './backend';
import { dispatch } from './dispatch';

let dataDir: string;
let opened: OpenBackend;
let clock: SettableClock;
let token: string | null = null;

async function call<K extends MethodName>(method: K, input: unknown): Promise<Result<OutputOf<K>>> {
  const response = await dispatch(opened.backend, { method, input, token });
  if (response.token !== undefined) token = response.token;
  return response.result as Result<OutputOf<K>>;
}
async function ok<K extends MethodName>(method: K, input: unknown): Promise<OutputOf<K>> {
  const result = await call(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const count = (table: string) =>
  (opened.database!.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

let serviceId: string;
let contact: Record<string, unknown>;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'council-contact-backdating-'));
  clock = settableClock('2026-12-07T09:00:00Z');
  opened = await openBackend({ dataDir, clock, backgroundCheckpoints: false });
  token = null;
  await ok('setup.createCouncil', {
    councilName: 'Halton Borough Council',
    siteName: 'Runcorn Direct Link',
    siteKind: 'one_stop_shop',
    displayName: 'Priya Shah',
    username: 'pshah',
    password: 'kettle orbit saffron',
  });
  await ok('auth.signIn', { username: 'pshah', password: 'kettle orbit saffron' });
  const reference = await ok('reference.list', {});
  serviceId = reference.services[0]!.id;
  contact = {
    channel: 'telephone',
    serviceId,
    interactionTypeId: reference.interactionTypes[0]!.id,
    customerTypeId: reference.customerTypes.find((t) => !t.isAnonymous)!.id,
    outcome: 'resolved',
  };
  // Three weeks on, the council is in full use.
  clock.set('2026-12-28T11:00:00Z');
  await ok('auth.signIn', { username: 'pshah', password: 'kettle orbit saffron' });
});
afterEach(async () => {
  await opened.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const at = (day: string) => ({ startedAt: `${day}T10:00:00Z`, endedAt: `${day}T10:05:00Z` });
const letter = (day: string, more: Record<string, unknown> = {}) => ({
  channel: 'letter',
  receivedAt: `${day}T09:00:00Z`,
  serviceId,
  subject: 'Bin collection',
  senderAddress: '1 High Street',
  ...more,
});

describe('dating a record in the past', () => {
  it('records a contact up to 7 days back without asking', async () => {
    await ok('contacts.record', { ...contact, ...at('2026-12-21') });
    expect(count('contacts')).toBe(1);
  });

  it('asks the adviser to confirm a date further back, then records it', async () => {
    const asked = await call('contacts.record', { ...contact, ...at('2026-12-14') });
    expect(asked).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'The start time is Monday 14 December 2026, more than 7 days ago. Check the date; if it is right, confirm it and save again.',
        fields: { confirmOld: 'Confirm the date is right to save it.' },
      },
    });
    expect(count('contacts')).toBe(0);
    await ok('contacts.record', { ...contact, ...at('2026-12-14'), confirmOld: true });
    expect(count('contacts')).toBe(1);
  });

  it('refuses a date before the council began using the app, confirmed or not', async () => {
    const before = await call('correspondence.log', letter('2026-12-04', { confirmOld: true }));
    expect(before).toMatchObject({
      ok: false,
      error: {
        fields: {
          receivedAt:
            'The date received is before Monday 7 December 2026, when the council began using Council Contact. Check the date.',
        },
      },
    });
    expect(count('correspondence')).toBe(0);
    await ok('correspondence.log', letter('2026-12-07', { confirmOld: true }));
    expect(count('correspondence')).toBe(1);
  });

  it('follows the days the administrator sets', async () => {
    const general = await ok('settings.general', {});
    expect(general.confirmOlderThanDays).toBe(7);
    await ok('settings.updateGeneral', { ...general, confirmOlderThanDays: 30 });
    await ok('correspondence.log', letter('2026-12-08'));
    const refused = await call('settings.updateGeneral', { ...general, confirmOlderThanDays: 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await ok('settings.general', {})).confirmOlderThanDays).toBe(30);
  });

  it('takes a quick log for today only', async () => {
    const yesterday = await call('contacts.quickLog', {
      channel: 'telephone',
      serviceId,
      startedAt: '2026-12-27T16:00:00Z',
    });
    expect(yesterday).toMatchObject({
      ok: false,
      error: {
        message:
          'A quick log is for an enquiry taken today. Use Record a contact for one on an earlier day.',
      },
    });
    expect(count('contacts')).toBe(0);
    await ok('contacts.quickLog', {
      channel: 'telephone',
      serviceId,
      startedAt: '2026-12-28T10:58:00Z',
    });
    expect(count('contacts')).toBe(1);
  });
});
