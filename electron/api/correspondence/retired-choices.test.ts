// A retired service, department or adviser stays on old items but cannot be chosen for new
// work (issue 18): each refusal keeps the words its form has always shown, the line above the
// fields (`message`) and the one beside the field, and nothing is written.
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
  backend = await createTestBackend('2026-12-21T09:30:00Z');
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
const letter = {
  channel: 'letter' as const,
  receivedAt: '2026-12-18T10:00:00Z',
  subject: 'Disputes bill',
  senderAddress: '12 High Street, WA8 7QA',
};
const logLetter = (): Promise<CorrespondenceItem> =>
  ok(backend.call('correspondence.log', { ...letter, serviceId: ids.councilTax }));

describe('choosing from the council’s lists', () => {
  it('refuses a retired service, department or adviser in the form’s words', async () => {
    const item = await logLetter();
    const sqlite = backend.opened.database!.sqlite;
    const adviser = sqlite.prepare("select id from staff where username = 'adviser'").pluck().get();
    sqlite.prepare('update services set active = 0 where id = ?').run(ids.councilTax);
    sqlite.prepare('update departments set active = 0 where id = ?').run(ids.benefits);
    sqlite.prepare('update staff set active = 0 where id = ?').run(adviser);
    const logged = count('change_log');
    const refused = async (result: Promise<{ ok: boolean }>) => {
      const r = await result;
      return !r.ok && 'error' in r && r.error;
    };
    expect(
      await refused(backend.call('correspondence.log', { ...letter, serviceId: ids.councilTax })),
    ).toEqual({
      code: 'VALIDATION',
      message: 'Choose the service from the council’s list.',
      fields: { serviceId: 'Choose a service from the list.' },
    });
    expect(
      await refused(
        backend.call('correspondence.redirect', {
          id: item.id,
          departmentId: ids.benefits,
          contactName: 'Priya Shah',
          customerToldOn: '2026-12-21',
        }),
      ),
    ).toEqual({
      code: 'VALIDATION',
      message: 'Choose the department from the list.',
      fields: { departmentId: 'Choose a department from the list.' },
    });
    expect(
      await refused(
        backend.call('correspondence.assign', { id: item.id, staffId: String(adviser) }),
      ),
    ).toEqual({
      code: 'VALIDATION',
      message: 'Choose an adviser from the list.',
      fields: { staffId: 'Choose an adviser from the list.' },
    });
    expect(count('change_log')).toBe(logged);
  });
});
