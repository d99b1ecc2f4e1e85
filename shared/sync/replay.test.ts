// Issue 21's conflict rules, one hand-made case each, then a seeded property: every desk that
// holds the same entries, in whatever order and however many times, replays the same row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { rankOf, replay, STATE_RANKS, type HistoryEntry } from './replay';

/** An hlc at `minute` past a fixed morning on `desk`. */
const at = (minute: number, desk: string) =>
  formatHlc({ wallMs: 1_780_000_000_000 + minute * 60_000, counter: 0, deskId: desk });

let nextId = 0;
function entry(
  minute: number,
  desk: string,
  action: HistoryEntry['action'],
  after: Record<string, unknown> | null,
  fromThisDesk = desk === 'here',
): HistoryEntry {
  nextId += 1;
  return { hlc: at(minute, desk), action, after, fromThisDesk, mutationId: `m-${nextId}` };
}

const customer = { name: 'Ada Lovelace', phone: '01632 960001', address: '1 High St' };

describe('replay: rule 1, last writer wins per field', () => {
  it('keeps both edits when two desks change different fields of one customer offline', () => {
    const created = entry(0, 'here', 'create', { ...customer, merged_into: null });
    const phone = entry(10, 'here', 'update', { phone: '01632 960999' });
    const address = entry(12, 'there', 'update', { address: '2 Low Rd' });
    const row = replay('customers', [address, created, phone]);
    expect(row).toEqual({
      deleted: false,
      created: true,
      fields: { ...customer, merged_into: null, phone: '01632 960999', address: '2 Low Rd' },
      overtaken: [],
    });
  });

  it('gives a field edited on both desks the later edit, whichever arrived first', () => {
    const early = entry(10, 'here', 'update', { phone: '01632 960111' });
    const late = entry(11, 'there', 'update', { phone: '01632 960222' });
    expect(replay('customers', [late, early]).fields).toEqual({ phone: '01632 960222' });
    expect(replay('customers', [early, late]).fields).toEqual({ phone: '01632 960222' });
  });

  it('settles two entries with one hlc by mutation id, so arrival order never decides', () => {
    // Cannot happen between distinct entries, but a desk must not diverge if it ever did.
    const hlc = at(10, 'here');
    const a = { ...entry(10, 'here', 'update', { phone: 'from a' }), hlc, mutationId: 'm-a' };
    const b = { ...entry(10, 'here', 'update', { phone: 'from b' }), hlc, mutationId: 'm-b' };
    expect(replay('customers', [a, b]).fields).toEqual({ phone: 'from b' });
    expect(replay('customers', [b, a]).fields).toEqual({ phone: 'from b' });
  });
});

describe('replay: rule 2, deletes are tombstones', () => {
  it('stays deleted despite a later update, and still records the earlier create', () => {
    const created = entry(0, 'there', 'create', { ...customer });
    const gone = entry(5, 'there', 'delete', null);
    const lateEdit = entry(9, 'here', 'update', { phone: '01632 960333' });
    const row = replay('customers', [lateEdit, gone, created]);
    expect(row.deleted).toBe(true);
    expect(row.created).toBe(true);
    expect(row.fields).toEqual(customer);
    // The row is gone: nothing for the adviser to act on, so the late edit is not reported.
    expect(row.overtaken).toEqual([]);
  });

  it('ignores a create that comes after the delete', () => {
    const gone = entry(5, 'there', 'delete', null);
    const lateCreate = entry(8, 'here', 'create', { ...customer });
    expect(replay('customers', [lateCreate, gone])).toEqual({
      deleted: true,
      created: false,
      fields: {},
      overtaken: [],
    });
  });
});

describe('replay: rule 3, states only move forward', () => {
  it('keeps a visit done despite a late "called", and reports it only when this desk sent it', () => {
    const done = entry(20, 'there', 'update', { state: 'done' });
    const calledHere = entry(25, 'here', 'update', { state: 'called', note: 'called again' });
    const mine = replay('visits', [calledHere, done]);
    expect(mine.fields).toEqual({ state: 'done', note: 'called again' }); // rule 5: note kept
    expect(mine.overtaken).toEqual([
      {
        mutationId: calledHere.mutationId,
        hlc: calledHere.hlc,
        field: 'state',
        wanted: 'called',
        kept: 'done',
        reason: 'Another desk had already moved this visit to done; it stays done.',
      },
    ]);
    const calledThere = { ...calledHere, fromThisDesk: false };
    const theirs = replay('visits', [calledThere, done]);
    expect(theirs.fields).toEqual(mine.fields);
    expect(theirs.overtaken).toEqual([]);
  });

  it('lets an open visit move freely by hlc: a visitor recalled after service is called', () => {
    const history = [
      entry(1, 'there', 'update', { state: 'in_service' }),
      entry(2, 'here', 'update', { state: 'waiting' }),
      entry(3, 'there', 'update', { state: 'called' }),
    ];
    expect(replay('visits', history.toReversed())).toMatchObject({
      fields: { state: 'called' },
      overtaken: [],
    });
  });

  it('closes a visit closed twice with the later of the two closed states', () => {
    const left = entry(30, 'there', 'update', { state: 'left' });
    const noShow = entry(31, 'here', 'update', { state: 'no_show' });
    expect(replay('visits', [noShow, left])).toMatchObject({
      fields: { state: 'no_show' },
      overtaken: [],
    });
  });

  it('never takes a resolved hand-off back to accepted, nor feedback back a stage', () => {
    const handOff = replay('hand_offs', [
      entry(2, 'here', 'update', { status: 'accepted' }),
      entry(1, 'there', 'update', { status: 'resolved' }),
    ]);
    expect(handOff.fields).toEqual({ status: 'resolved' });
    expect(handOff.overtaken[0]?.reason).toBe(
      'Another desk had already moved this hand-off to resolved; it stays resolved.',
    );
    const feedback = replay('feedback', [
      entry(1, 'there', 'create', { stage: null }),
      entry(2, 'there', 'update', { stage: 'stage_2' }),
      entry(3, 'here', 'update', { stage: 'stage_1' }),
    ]);
    expect(feedback.fields).toEqual({ stage: 'stage_2' });
    expect(feedback.overtaken).toHaveLength(1);
  });
});

describe('replay: rule 4, a merge beats later edits', () => {
  it('drops a later edit to the merged customer and reports it to this desk', () => {
    const created = entry(0, 'here', 'create', { ...customer, merged_into: null });
    const merged = entry(5, 'there', 'update', { merged_into: 'cust-keep', address: 'Moved' });
    const phone = entry(7, 'here', 'update', { phone: '01632 960444' });
    const unmerge = entry(8, 'here', 'update', { merged_into: null });
    const row = replay('customers', [unmerge, phone, merged, created]);
    // The merging entry's own other fields stand; only later ones are dropped.
    expect(row.fields).toEqual({ ...customer, merged_into: 'cust-keep', address: 'Moved' });
    expect(
      row.overtaken.map(({ field, wanted, kept, reason }) => ({ field, wanted, kept, reason })),
    ).toEqual([
      {
        field: 'phone',
        wanted: '01632 960444',
        kept: '01632 960001',
        reason:
          'This customer had been merged into another record on another desk; the edit was not kept.',
      },
      {
        field: 'merged_into',
        wanted: null,
        kept: 'cust-keep',
        reason:
          'Another desk had already merged this customer into another record; it stays merged.',
      },
    ]);
  });

  it('lets a later merge into another record replace the first (equal rank, later wins)', () => {
    const first = entry(5, 'there', 'update', { merged_into: 'cust-a' });
    const second = entry(6, 'here', 'update', { merged_into: 'cust-b' });
    expect(replay('customers', [second, first]).fields).toEqual({ merged_into: 'cust-b' });
  });
});

describe('replay: rule 4 again, an erasure beats later edits', () => {
  it('keeps an erased customer blank against an edit saved on a desk that had not heard', () => {
    const created = entry(0, 'here', 'create', { ...customer, merged_into: null });
    const erased = entry(5, 'there', 'update', {
      anonymised_at: '2026-11-23T10:05:00.000Z',
      name: 'Anonymised customer',
      phone: null,
      address: null,
    });
    const phone = entry(7, 'here', 'update', { phone: '01632 960444' });
    const unerase = entry(8, 'here', 'update', { anonymised_at: null });
    const merge = entry(9, 'there', 'update', { merged_into: 'cust-keep' });
    const row = replay('customers', [merge, unerase, phone, erased, created]);
    expect(row.fields).toEqual({
      name: 'Anonymised customer',
      phone: null,
      address: null,
      anonymised_at: '2026-11-23T10:05:00.000Z',
      merged_into: 'cust-keep',
    });
    expect(row.overtaken.map(({ field, reason }) => ({ field, reason }))).toEqual([
      {
        field: 'phone',
        reason:
          "This customer's personal details had been erased on another desk; the edit was not kept.",
      },
      {
        field: 'anonymised_at',
        reason:
          "Another desk had already erased this customer's personal details; they stay erased.",
      },
    ]);
  });
});

describe('replay: rule 6, placeholders never replayed', () => {
  it('leaves the listed fields out of the row', () => {
    const staff = entry(0, 'there', 'create', { name: 'Sam', password_hash: '(placeholder)' });
    const row = replay('staff', [staff], { neverReplayed: ['password_hash'] });
    expect(row.fields).toEqual({ name: 'Sam' });
    expect(replay('staff', [staff]).fields).toHaveProperty('password_hash');
  });
});

describe('STATE_RANKS', () => {
  it('ranks any merge above none, and knows nothing of unranked fields', () => {
    expect(STATE_RANKS.customers?.merged_into).toBeDefined();
    expect(rankOf('customers', 'merged_into', 'cust-1')).toBe(1);
    expect(rankOf('customers', 'merged_into', null)).toBe(0);
    expect(rankOf('customers', 'phone', 'x')).toBeUndefined();
    expect(rankOf('visits', 'state', 'constructor')).toBeUndefined();
  });
});

// The property: a random history for one entity, over a small pool of fields that includes its
// ranked field, so that orderings often disagree about it.
const POOLS: Record<string, Record<string, readonly unknown[]>> = {
  customers: {
    merged_into: [null, 'cust-a', 'cust-b'],
    phone: ['01632 960001', '01632 960002', null],
    address: ['1 High St', '2 Low Rd'],
  },
  visits: {
    state: ['waiting', 'called', 'in_service', 'on_hold', 'done', 'left', 'no_show'],
    note: ['first', 'second'],
    desk_id: ['d1', 'd2', null],
  },
  hand_offs: { status: ['open', 'accepted', 'resolved', 'returned'], note: ['a', 'b'] },
};
const RANKED: Record<string, string> = {
  customers: 'merged_into',
  visits: 'state',
  hand_offs: 'status',
};

const afterFor = (pool: Record<string, readonly unknown[]>) =>
  fc.record(
    Object.fromEntries(Object.entries(pool).map(([f, values]) => [f, fc.constantFrom(...values)])),
    { requiredKeys: [] },
  );

const history = fc.constantFrom('customers', 'visits', 'hand_offs').chain((entity) =>
  fc
    .uniqueArray(
      fc.record({
        hlc: fc
          .record({
            wallMs: fc.integer({ min: 0, max: 30 }),
            counter: fc.integer({ min: 0, max: 3 }),
            deskId: fc.constantFrom('desk-a', 'desk-b', 'desk-c'),
          })
          .map(formatHlc),
        action: fc.constantFrom('create', 'update', 'update', 'update', 'delete'),
        after: afterFor(POOLS[entity]!),
        fromThisDesk: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12, selector: (e) => e.hlc },
    )
    .map((raw) =>
      raw.map((e, i): HistoryEntry => ({
        ...e,
        after: e.action === 'delete' ? null : e.after,
        mutationId: `mut-${i}`,
      })),
    )
    .chain((entries) =>
      fc.tuple(
        fc.constant(entity),
        fc.constant(entries),
        fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
      ),
    ),
);

describe('replay: every desk converges', () => {
  it('gives the same row for any order of the same entries, and for entries held twice', () => {
    fc.assert(
      fc.property(history, ([entity, entries, shuffled]) => {
        const once = replay(entity, entries);
        expect(replay(entity, shuffled)).toEqual(once);
        expect(replay(entity, [...shuffled, ...entries])).toEqual(once);
        const kept = ({ deleted, created, fields }: typeof once) => ({ deleted, created, fields });
        expect(kept(replay(entity, shuffled.toReversed()))).toEqual(kept(once));

        // States only move forward: the ranked field ends at the highest rank any entry
        // before the tombstone asked for.
        const field = RANKED[entity]!;
        const sorted = entries.toSorted((a, b) => (a.hlc < b.hlc ? -1 : 1));
        const tombstone = sorted.findIndex((e) => e.action === 'delete');
        const beforeDelete = tombstone === -1 ? sorted : sorted.slice(0, tombstone);
        const asked = beforeDelete.filter((e) => e.after && field in e.after);
        if (asked.length > 0) {
          const highest = Math.max(...asked.map((e) => rankOf(entity, field, e.after![field])!));
          expect(rankOf(entity, field, once.fields[field])).toBe(highest);
        }
      }),
      { seed: 2126, numRuns: 300 },
    );
  });
});
