// Issue 19, "wrong customer", through the real back end: a search by an identifier says which
// result holds it exactly, and a new record that looks like one already held is refused,
// with the matches, until the adviser confirms it is someone else.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';

let backend: TestBackend;

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn();
});
afterEach(async () => {
  await backend.close();
});

const sqlite = () => backend.opened.database!.sqlite;
const count = (table: string) =>
  (sqlite().prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

const create = (input: Parameters<typeof backend.call<'customers.create'>>[1]) =>
  backend.call('customers.create', input);

describe('customers.find', () => {
  it('puts the council reference’s customer first, the only one marked exact', async () => {
    for (const firstName of ['Emma', 'Oliver', 'Amelia', 'Harry', 'Isla', 'Jack'])
      for (const postcode of ['WA8 7QA', 'WA7 2GW', 'L35 1QP', 'WA8 0TX'])
        await ok(create({ firstName, lastName: 'Gray', postcode }));
    const william = await ok(create({ firstName: 'William', lastName: 'Edwards' }));
    // References come from the council's systems (imports), not from this screen.
    sqlite()
      .prepare('update customers set council_reference = ? where id = ?')
      .run('CR10000003', william.id);

    const found = await ok(backend.call('customers.find', { query: 'CR10000003' }));
    expect(found[0]).toMatchObject({
      id: william.id,
      displayName: 'William Edwards',
      exact: true,
      matchedOn: 'reference',
    });
    expect(found.filter((c) => c.exact)).toHaveLength(1);
    expect(found.some((c) => c.displayName.endsWith('Gray'))).toBe(false);

    const grays = await ok(backend.call('customers.find', { query: 'Gray' }));
    expect(grays.length).toBe(20);
    expect(grays.every((c) => c.exact === false && c.matchedOn === null)).toBe(true);
  });

  it('finds only the sector typed, exact first for a whole postcode or phone number', async () => {
    await ok(create({ firstName: 'Sean', lastName: "O'Brien", postcode: 'WA7 2GW' }));
    await ok(create({ firstName: 'Niamh', lastName: "O'Brien", postcode: 'WA6 1AB' }));
    const priya = await ok(
      create({ firstName: 'Priya', lastName: 'Shah', postcode: 'WA6 0AB', phone: '01928 700111' }),
    );
    await ok(create({ firstName: 'Tom', lastName: 'Hughes', postcode: 'WA6 0XY' }));

    const sector = await ok(backend.call('customers.find', { query: 'WA6 0' }));
    expect(sector.map((c) => c.displayName).sort()).toEqual(['Priya Shah', 'Tom Hughes']);
    expect(sector.some((c) => c.exact)).toBe(false);

    const whole = await ok(backend.call('customers.find', { query: 'wa60ab' }));
    expect(whole).toMatchObject([{ id: priya.id, exact: true, matchedOn: 'postcode' }]);
    const phone = await ok(backend.call('customers.find', { query: '+44 1928 700 111' }));
    expect(phone).toMatchObject([{ id: priya.id, exact: true, matchedOn: 'phone' }]);
  });
});

describe('customers.create', () => {
  it('asks first about the same name and postcode, writing nothing, then creates on confirmation', async () => {
    const ann = await ok(create({ firstName: 'Ann', lastName: 'Jones', postcode: 'WA8 7QA' }));
    const customers = count('customers');
    const changes = count('change_log');

    const again = await create({ firstName: 'ann', lastName: 'JONES', postcode: 'wa87qa' });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('CONFLICT');
    expect(again.error.message).toContain(
      'We may already have a record for this person: Ann Jones, WA8 7QA (same name and postcode)',
    );
    expect(again.error.possibleDuplicates).toMatchObject([
      {
        id: ann.id,
        displayName: 'Ann Jones',
        postcode: 'WA8 7QA',
        reasons: ['same name and postcode'],
      },
    ]);
    expect(count('customers')).toBe(customers);
    expect(count('change_log')).toBe(changes);

    const made = await ok(
      create({ firstName: 'Ann', lastName: 'Jones', postcode: 'WA8 7QA', confirmNew: true }),
    );
    expect(made.id).not.toBe(ann.id);
    expect(count('customers')).toBe(customers + 1);
  });

  it('asks about the same phone, the same email, or the same name and date of birth', async () => {
    const rob = await ok(
      create({
        firstName: 'Robert',
        lastName: 'Smith',
        postcode: 'WA8 7QA',
        phone: '0151 907 8300',
        email: 'Rob.Smith@example.org',
        dateOfBirth: '1980-04-23',
      }),
    );
    const refused = async (input: Parameters<typeof create>[0]) => {
      const result = await create(input);
      if (result.ok) throw new Error(`created ${JSON.stringify(input)} without asking`);
      expect(result.error.code).toBe('CONFLICT');
      return result.error.possibleDuplicates!.map((d) => [d.id, d.reasons]);
    };
    expect(
      await refused({ firstName: 'Bob', lastName: 'Smith', phone: '+44 151 907 8300' }),
    ).toEqual([[rob.id, ['same phone number']]]);
    expect(
      await refused({ firstName: 'R', lastName: 'Smith', email: 'rob.smith@EXAMPLE.org' }),
    ).toEqual([[rob.id, ['same email address']]]);
    expect(
      await refused({
        firstName: 'Robert',
        lastName: 'Smith',
        postcode: 'CH1 2AB',
        dateOfBirth: '1980-04-23',
      }),
    ).toEqual([[rob.id, ['same name and date of birth']]]);
    expect(
      await refused({ firstName: 'robert', lastName: 'smith', dateOfBirth: '1980-04-23' }),
    ).toEqual([[rob.id, ['same name and date of birth']]]);

    // Another Robert Smith, elsewhere and with nothing else in common, is simply made.
    await ok(create({ firstName: 'Robert', lastName: 'Smith', postcode: 'CH1 2AB' }));
    await ok(create({ firstName: 'Robert', lastName: 'Smith' }));
  });

  it('does not offer a record merged into another', async () => {
    const kept = await ok(create({ firstName: 'Ann', lastName: 'Jones', phone: '07700 900123' }));
    const merged = await ok(
      create({ firstName: 'Annie', lastName: 'Jones', phone: '07700900123', confirmNew: true }),
    );
    sqlite().prepare('update customers set merged_into = ? where id = ?').run(kept.id, merged.id);
    const result = await create({ firstName: 'A', lastName: 'Jones', phone: '07700 900 123' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.possibleDuplicates!.map((d) => d.id)).toEqual([kept.id]);
  });
});
