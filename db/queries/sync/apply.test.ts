// Applying other desks' changes on a real desk database (issue 21's conflict rules on SQLite):
// whatever order they arrive in, the row ends the same; a delete is final; a change this desk
// cannot apply is answered with a reason and leaves nothing half-written.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { createTestBackend } from '../../../test/support/backend';
import { formatHlc } from '../../../shared/sync/hlc';
import type { PulledChange } from '../../../shared/sync/wire';
import { inTransaction } from '../../write';
import { applyPulledChange } from './apply';

const OTHER = '0190f5a0-0000-7000-8000-00000000000b';
const hlc = (minute: number) =>
  formatHlc({
    wallMs: Date.parse(`2026-11-23T10:${String(minute).padStart(2, '0')}:00Z`),
    counter: 0,
    deskId: OTHER,
  });

function change(over: Partial<PulledChange> & Pick<PulledChange, 'op' | 'hlc'>): PulledChange {
  return {
    version: '1',
    mutationId: uuidv7(),
    deskId: OTHER,
    staffId: 'system',
    entity: 'customers',
    entityId: 'cust-1',
    data: null,
    ...over,
  };
}

const customerRow = {
  id: 'cust-1',
  kind: 'citizen',
  display_name: 'Rita Okafor',
  first_name: 'Rita',
  last_name: 'Okafor',
  organisation_name: null,
  postcode: 'WA8 7QA',
  phone: null,
  email: null,
  date_of_birth: null,
  preferred_language: null,
  needs: '{}',
  created_at: '2026-11-23T10:00:00.000Z',
  updated_at: '2026-11-23T10:00:00.000Z',
};

async function applyAll(changes: PulledChange[]) {
  const backend = await createTestBackend();
  const { db, sqlite } = backend.opened.database!;
  const results = [];
  for (const c of changes) {
    results.push(await inTransaction(db, (tx) => applyPulledChange(tx, c, 'me', 'now')));
  }
  const row = sqlite.prepare(`select phone, town from customers where id = 'cust-1'`).get();
  const log = sqlite.prepare(`select count(*) from change_log where entity_id = 'cust-1'`).pluck();
  const outbox = sqlite
    .prepare(`select count(*) from change_log where entity_id = 'cust-1' and shipped_at is null`)
    .pluck()
    .get();
  const entries = log.get();
  await backend.close();
  return { results, row, entries, outbox };
}

describe('applying pulled changes', () => {
  const create = change({ op: 'create', hlc: hlc(0), data: customerRow });
  const phone = change({ op: 'update', hlc: hlc(5), data: { phone: '0151 496 0000' } });
  const town = change({ op: 'update', hlc: hlc(3), data: { town: 'Widnes' } });
  const laterPhone = change({ op: 'update', hlc: hlc(9), data: { phone: '07700 900123' } });
  const remove = change({ op: 'delete', hlc: hlc(7) });

  it('ends with the same row whatever order the changes come in, and none in the outbox', async () => {
    const inOrder = await applyAll([create, town, phone, laterPhone]);
    const reversed = await applyAll([create, laterPhone, phone, town]);
    expect(inOrder.row).toEqual({ phone: '07700 900123', town: 'Widnes' });
    expect(reversed.row).toEqual(inOrder.row);
    expect(inOrder.entries).toBe(4);
    expect(inOrder.outbox).toBe(0);
  });

  it('keeps a deleted record deleted, even when an earlier edit arrives after the delete', async () => {
    const late = await applyAll([create, remove, phone, laterPhone]);
    expect(late.row).toBeUndefined();
    expect(late.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
  });

  it('applies a change once, however often it is pulled', async () => {
    const twice = await applyAll([create, phone, phone]);
    expect(twice.results.map((r) => r.status)).toEqual(['applied', 'applied', 'already here']);
    expect(twice.entries).toBe(2);
  });

  it('answers with a reason and writes nothing for a change it cannot apply', async () => {
    const orphan = await applyAll([phone]);
    expect(orphan.results[0]).toEqual({
      status: 'not applied',
      reason: expect.stringMatching(/does not hold/) as string,
    });
    expect(orphan.entries).toBe(0);
    const unknown = await applyAll([
      change({ op: 'create', hlc: hlc(1), entity: 'no_such_table', data: {} }),
    ]);
    expect(unknown.results[0]).toMatchObject({ status: 'not applied' });
  });
});
