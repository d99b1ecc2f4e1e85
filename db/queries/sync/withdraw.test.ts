// Taking back an edit of this desk's that the council server did not accept (issue 21, "edits
// need the server"): the log entries go, and each row is as it was: a new row is removed, a row
// this desk holds the history of is worked out from the rest of it, and a row set up before the
// desk joined (no creation in its log) gets back what the entries found. Real SQLite.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { InputOf, MethodName } from '../../../shared/api';
import { formatHlc } from '../../../shared/sync/hlc';
import { createTestBackend, type TestBackend } from '../../../test/support/backend';
import { dispatch } from '../../../electron/api/dispatch';
import { inTransaction } from '../../write';
import { applyPulledChange, withdrawOwnChange } from './apply';

/** A save as the screen sends it, with its mutation id; the id is returned. */
async function saveAs<K extends MethodName>(backend: TestBackend, method: K, input: InputOf<K>) {
  const mutationId = uuidv7();
  const { result } = await dispatch(backend.opened.backend, {
    method,
    input,
    token: backend.token,
    mutationId,
  });
  if (!result.ok) throw new Error(result.error.message);
  return mutationId;
}

async function withdraw(backend: TestBackend, mutationId: string) {
  const { db } = backend.opened.database!;
  return inTransaction(db, (tx) => withdrawOwnChange(tx, mutationId));
}

const logOf = (backend: TestBackend, mutationId: string) =>
  backend.opened
    .database!.sqlite.prepare('select count(*) from change_log where mutation_id = ?')
    .pluck()
    .get(mutationId);

describe('taking back a refused edit', () => {
  it('removes a row the edit made, and its log entries', async () => {
    const backend = await createTestBackend();
    await backend.signIn('admin');
    const added = await saveAs(backend, 'reference.add', { kind: 'team', name: 'Blue Badge Team' });
    const { sqlite } = backend.opened.database!;
    const teams = () =>
      sqlite.prepare("select count(*) from teams where name = 'Blue Badge Team'").pluck().get();
    expect(teams()).toBe(1);
    expect(await withdraw(backend, added)).toEqual([expect.objectContaining({ entity: 'teams' })]);
    expect(teams()).toBe(0);
    expect(logOf(backend, added)).toBe(0);
    await backend.close();
  });

  it('gives a row set up before the desk joined back what the edit found', async () => {
    const backend = await createTestBackend();
    await backend.signIn('admin');
    const { sqlite } = backend.opened.database!;
    const service = sqlite.prepare('select id, name from services limit 1').get() as {
      id: string;
      name: string;
    };
    const renamed = await saveAs(backend, 'reference.rename', {
      kind: 'service',
      id: service.id,
      name: 'Renamed on this desk',
    });
    const nameNow = () =>
      sqlite.prepare('select name from services where id = ?').pluck().get(service.id);
    expect(nameNow()).toBe('Renamed on this desk');
    await withdraw(backend, renamed);
    expect(nameNow()).toBe(service.name);
    expect(logOf(backend, renamed)).toBe(0);
    await backend.close();
  });

  it('works a row out from the rest of its history, keeping what other desks sent', async () => {
    const backend = await createTestBackend();
    const { db, sqlite } = backend.opened.database!;
    const other = '0190f5a0-0000-7000-8000-00000000000b';
    const hlc = (minute: number) =>
      formatHlc({
        wallMs: Date.parse(`2026-11-23T10:0${minute}:00Z`),
        counter: 0,
        deskId: other,
      });
    const customer = uuidv7();
    const row = {
      id: customer,
      kind: 'citizen',
      display_name: 'Rita Okafor',
      first_name: 'Rita',
      last_name: 'Okafor',
      organisation_name: null,
      postcode: 'WA8 7QA',
      phone: '01514 000000',
      email: null,
      date_of_birth: null,
      preferred_language: null,
      needs: '{}',
      created_at: '2026-11-23T10:00:00.000Z',
      updated_at: '2026-11-23T10:00:00.000Z',
    };
    const pulled = { version: '1', deskId: other, staffId: 'system', entity: 'customers' };
    await inTransaction(db, (tx) =>
      applyPulledChange(
        tx,
        {
          ...pulled,
          mutationId: uuidv7(),
          entityId: customer,
          op: 'create',
          hlc: hlc(0),
          data: row,
        },
        'me',
        'now',
      ),
    );
    // This desk's own edit of the customer, as a row of the log with its own mutation id.
    const mine = uuidv7();
    sqlite
      .prepare(
        `insert into change_log (id, at, staff_id, site_id, entity, entity_id, action, before,
           after, shipped_at, mutation_id, hlc)
         values (?, '2026-11-23T10:02:00.000Z', null, null, 'customers', ?, 'update',
           '{"phone":"01514 000000"}', '{"phone":"07700 900123"}', null, ?, ?)`,
      )
      .run(
        uuidv7(),
        customer,
        mine,
        formatHlc({ wallMs: Date.parse('2026-11-23T10:02:00Z'), counter: 0, deskId: 'me' }),
      );
    sqlite.prepare(`update customers set phone = '07700 900123' where id = ?`).run(customer);
    // Another desk's edit of the postcode arrives meanwhile.
    await inTransaction(db, (tx) =>
      applyPulledChange(
        tx,
        {
          ...pulled,
          mutationId: uuidv7(),
          entityId: customer,
          op: 'update',
          hlc: hlc(3),
          data: { postcode: 'WA8 0AB' },
        },
        'me',
        'now',
      ),
    );
    await withdraw(backend, mine);
    expect(
      sqlite.prepare('select phone, postcode from customers where id = ?').get(customer),
    ).toEqual({ phone: '01514 000000', postcode: 'WA8 0AB' });
    await backend.close();
  });
});
