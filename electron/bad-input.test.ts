// Go-live issue item 10: bad input is refused with a clear message and nothing is written,
// everywhere. A table-driven corpus (bad-input.corpus.ts) goes through the real HTTP host,
// signed in, exactly as the app's own page would send it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../test/support/backend';
import { postToHost } from '../test/support/http-post';
import { badCases, LIBRARY_WORDS, validInputs, type CorpusIds } from './bad-input.corpus';
import { sessionCookieFrom, startWebHost, type WebHost } from './web';

/** Written by a sign-in attempt itself, not by the call under test. */
const SIGN_IN_TABLES = new Set(['audit_events', 'sign_in_failures']);

let backend: TestBackend;
let host: WebHost;
let staticDir: string;
let cookie: string;
let ids: CorpusIds;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  postToHost(host.url, path, body, headers);

const call = (method: string, input: unknown) =>
  post(`/api/call/${method}`, { input }, { Cookie: cookie });

async function value<T>(method: string, input: unknown): Promise<T> {
  const answer = await call(method, input);
  if (!answer.json.ok) throw new Error(`${method}: ${answer.json.error?.message}`);
  return answer.json.value as T;
}

/** Rows in every table, from sqlite_master, leaving out the sign-in tables. */
function rowCounts(): Record<string, number> {
  const sqlite = backend.opened.database!.sqlite;
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables
      .filter((t) => !SIGN_IN_TABLES.has(t.name))
      .map((t) => [
        t.name,
        (sqlite.prepare(`select count(*) as n from "${t.name}"`).get() as { n: number }).n,
      ]),
  );
}

function written(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

beforeAll(async () => {
  backend = await createTestBackend(); // Monday 23 November 2026, 10:00
  staticDir = mkdtempSync(join(tmpdir(), 'cc-bad-input-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Council Contact</title>');
  host = await startWebHost({
    backend: backend.opened.backend,
    events: backend.opened.events,
    staticDir,
  });
  const signIn = await post('/api/call/auth.signIn', {
    input: { username: 'teamleader', password: 'demo1234' },
  });
  expect(signIn.json.ok).toBe(true);
  cookie = sessionCookieFrom(signIn.headers['set-cookie'])!;
  const reference = await value<{
    services: { id: string; name: string }[];
    interactionTypes: { id: string; name: string }[];
    customerTypes: { id: string; name: string }[];
    departments: { id: string; name: string }[];
  }>('reference.list', {});
  const named = (list: { id: string; name: string }[], name: string) =>
    list.find((i) => i.name === name)!.id;
  const customer = await value<{ id: string }>('customers.create', {
    firstName: 'Corpus',
    lastName: 'Customer',
  });
  ids = {
    service: named(reference.services, 'Council Tax'),
    interactionType: named(reference.interactionTypes, 'Providing information'),
    customerType: named(reference.customerTypes, 'Citizen'),
    department: named(reference.departments, 'Benefits'),
    customer: customer.id,
  };
});
afterAll(async () => {
  await host.close();
  await backend.close();
  rmSync(staticDir, { recursive: true, force: true });
});

const CLEAR_REFUSALS = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT']);

describe('bad input over the real HTTP host', () => {
  it('refuses every case of the corpus in plain words and writes nothing', async () => {
    const cases = badCases(ids);
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const figures = { tried: 0, refused: 0, written: 0, crashed: 0 };
    const problems: string[] = [];
    for (const bad of cases) {
      figures.tried += 1;
      const before = rowCounts();
      const answer = await call(bad.method, bad.input);
      const changed = written(before, rowCounts());
      const where = `${bad.method} (${bad.label})`;
      if (changed.length > 0) {
        figures.written += 1;
        problems.push(`${where} wrote to ${changed.join(', ')}`);
      }
      const error = answer.json.error;
      if (answer.json.ok || !error) {
        problems.push(`${where} was accepted`);
        continue;
      }
      if (answer.status >= 500 || error.code === 'INTERNAL') {
        figures.crashed += 1;
        problems.push(`${where} crashed: ${answer.status} ${error.code}`);
        continue;
      }
      figures.refused += 1;
      if (!CLEAR_REFUSALS.has(error.code) || answer.status < 400 || answer.status > 499)
        problems.push(`${where} answered ${answer.status} ${error.code}`);
      if (error.message.trim() === '') problems.push(`${where} gave no message`);
      for (const words of LIBRARY_WORDS) {
        if (typeof words === 'string' ? error.message.includes(words) : words.test(error.message))
          problems.push(`${where} used the library's words: ${error.message}`);
      }
    }
    console.log(
      `Bad-input corpus: ${figures.tried} tried, ${figures.refused} refused, ${figures.written} written, ${figures.crashed} crashed.`,
    );
    expect(problems).toEqual([]);
    expect(figures).toEqual({ tried: cases.length, refused: cases.length, written: 0, crashed: 0 });
  });

  it('answers the kinds of bad input in the council’s words', async () => {
    const valid = validInputs(ids);
    const message = async (method: string, input: unknown) => {
      const answer = await call(method, input);
      expect(answer.status).toBe(400);
      return answer.json.error!.message;
    };
    expect(
      await message('correspondence.assign', { id: ids.customer, staffId: 'x', y: 1 }),
    ).toMatch(
      /^This form sent something the app does not expect \(y\)\. Reload the app and try again\.|Choose the adviser/,
    );
    expect(await message('customers.create', { ...valid['customers.create'], staffId: 'x' })).toBe(
      'This form sent something the app does not expect (staffId). Reload the app and try again.',
    );
    expect(
      await message('customers.create', { ...valid['customers.create'], firstName: 'A\u0000' }),
    ).toBe(
      'The first name contains a control character (such as a tab or line break) that cannot be stored. Retype it on one line.',
    );
    expect(
      await message('customers.create', { ...valid['customers.create'], lastName: '\u200b' }),
    ).toBe('The last name is made only of invisible characters. Type it again.');
    expect(
      await message('correspondence.log', {
        ...valid['correspondence.log'],
        receivedAt: '1999-03-01T09:00:00Z',
      }),
    ).toBe('The date and time received must be between 2000 and 2045: check the year.');
    expect(
      await message('contacts.quickLog', {
        ...valid['contacts.quickLog'],
        startedAt: '2026-11-24T09:00:00Z',
      }),
    ).toBe('The start time is in the future. Log the enquiry once it has started.');
    expect(
      await message('customers.update', {
        id: ids.customer,
        details: { lastName: 'Jones', dateOfBirth: '2090-01-01' },
      }),
    ).toBe('The date of birth is in the future. Check the year.');
    expect(
      await message('appointments.book', {
        ...valid['appointments.book'],
        startsAt: '2026-11-29T03:00:00Z',
      }),
    ).toMatch(
      /^The site is not open for the whole appointment then \(Sunday 03:00, 20 minutes\)\. Opening hours: Monday/,
    );
    expect(await message('desks.open', { name: 12 })).toBe('The desk name must be text.');
    expect(await message('customers.duplicates', { limit: 'lots' })).toBe(
      'The limit must be a number. Check it and try again.',
    );
  });

  it('accepts real names, multi-line notes and the oldest date of birth', async () => {
    for (const [firstName, lastName] of [
      ['Siân', 'O’Brien'],
      ['Seán', "O'Neill"],
      ['Dafydd', 'ap Gruffudd'],
      ['Ffion', 'Llŷr-Wyn'],
      ['Zoë', 'Ørsted'],
    ]) {
      const made = await value<{ displayName: string }>('customers.create', {
        firstName,
        lastName,
      });
      expect(made.displayName).toBe(`${firstName} ${lastName}`);
    }
    const view = await value<{ details: { dateOfBirth: string } }>('customers.update', {
      id: ids.customer,
      details: { firstName: 'Gwenllian', lastName: 'Jones', dateOfBirth: '1906-11-23' },
    });
    expect(view.details.dateOfBirth).toBe('1906-11-23'); // exactly 120 years before today
    const contact = await value<{ notes: string }>('contacts.record', {
      ...validInputs(ids)['contacts.record'],
      notes: 'Line one\n\tLine two',
    });
    expect(contact.notes).toBe('Line one\n\tLine two');
    const appointment = await value<{ startsAt: string }>('appointments.book', {
      ...validInputs(ids)['appointments.book'],
      startsAt: '2026-11-24T09:00:00Z',
    });
    expect(appointment.startsAt).toBe('2026-11-24T09:00:00.000Z');
  });

  it('accepts each valid input the corpus spoils, so every refusal is the bad field’s', async () => {
    const refused: string[] = [];
    // Erasing comes last: it blanks the customer the others use.
    const entries = Object.entries(validInputs(ids)).sort(([a], [b]) =>
      a === 'customers.erase' ? 1 : b === 'customers.erase' ? -1 : 0,
    );
    for (const [method, input] of entries) {
      const answer = await call(method, input);
      if (!answer.json.ok) refused.push(`${method}: ${answer.json.error?.message ?? ''}`);
    }
    expect(refused).toEqual([]);
  });
});
