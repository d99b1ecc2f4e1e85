// Keeping the register right through the real back end: a change of address entered once
// reaches every service the customer uses; duplicates are found and merged with every
// linked record following, and the merge is in the change log.
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
  backend = await createTestBackend('2026-11-23T10:00:00Z');
  await backend.signIn();
  ids = await referenceIds(backend);
});
afterEach(async () => {
  await backend.close();
});

const rows = (sql: string, ...params: unknown[]) =>
  backend.opened.database!.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];

// Duplicates made on purpose: the warning on creating one is confirmed.
const newCustomer = async (firstName: string, lastName: string, postcode?: string) =>
  (await ok(backend.call('customers.create', { firstName, lastName, postcode, confirmNew: true })))
    .id;

const contact = (customerId: string, serviceId: string, startedAt = '2026-11-23T09:00:00Z') =>
  ok(
    backend.call('contacts.record', {
      channel: 'telephone',
      serviceId,
      interactionTypeId: ids.providingInformation,
      customerTypeId: ids.citizen,
      outcome: 'resolved',
      startedAt,
      endedAt: startedAt.replace(':00:00Z', ':04:00Z'),
      customerId,
    }),
  );

describe('change of address', () => {
  const move = (customerId: string, postcode = 'wa7 5tn') =>
    backend.call('customers.changeAddress', {
      customerId,
      addressLine1: '3 Church Street',
      addressLine2: null,
      town: 'Runcorn',
      postcode,
      movedOn: '2026-11-20',
    });

  it('updates the record once and hands off to each service the customer uses', async () => {
    const id = await newCustomer('Ann', 'Jones', 'WA8 7QA');
    await contact(id, ids.councilTax);
    await contact(id, ids.councilTax, '2026-11-23T09:10:00Z');
    await contact(id, ids.housingBenefit, '2026-11-23T09:20:00Z');
    const result = await ok(move(id));
    expect(result.view.details).toMatchObject({
      addressLine1: '3 Church Street',
      town: 'Runcorn',
      postcode: 'WA7 5TN',
    });
    expect(result.handOffs).toHaveLength(2);
    const sent = rows(
      `select h.subject, d.name as department, h.origin, h.details from hand_offs h
       join departments d on d.id = h.department_id order by h.reference`,
    );
    expect(sent).toEqual([
      {
        subject: 'your change of address for Council Tax',
        department: 'Revenues',
        origin: 'change_of_address',
        details:
          'Moved on 20 November 2026 to 3 Church Street, Runcorn, WA7 5TN. Please update your records.',
      },
      {
        subject: 'your change of address for Housing Benefit and Council Tax Reduction',
        department: 'Benefits',
        origin: 'change_of_address',
        details:
          'Moved on 20 November 2026 to 3 Church Street, Runcorn, WA7 5TN. Please update your records.',
      },
    ]);
    expect(result.view.openItems.filter((e) => e.kind === 'hand_off')).toHaveLength(2);
  });

  it('refuses a postcode that is not a UK postcode and changes nothing', async () => {
    const id = await newCustomer('Ann', 'Jones', 'WA8 7QA');
    await contact(id, ids.councilTax);
    const result = await move(id, 'ZZ9 9ZZZ');
    expect(!result.ok && result.error.fields?.postcode).toMatch(/not a UK postcode/);
    expect(rows('select postcode, town from customers where id = ?', id)).toEqual([
      { postcode: 'WA8 7QA', town: null },
    ]);
    expect(rows('select count(*) as n from hand_offs')).toEqual([{ n: 0 }]);
  });
});

describe('duplicates and merging', () => {
  const person = (
    firstName: string,
    lastName: string,
    more: { postcode?: string; dateOfBirth?: string; phone?: string } = {},
  ) =>
    ok(backend.call('customers.create', { firstName, lastName, ...more, confirmNew: true })).then(
      (c) => c.id,
    );

  it('opens at once with what the last check stored, and never runs the check itself', async () => {
    await newCustomer('Robert', 'Smith', 'WA8 7QA');
    await newCustomer('Rob', 'Smith', 'WA8 7QA');
    await backend.signIn('teamleader');
    expect(await ok(backend.call('customers.duplicates', {}))).toEqual({
      checkedAt: null,
      checking: false,
      total: 0,
      offset: 0,
      pairs: [],
    });
    expect(rows('select count(*) as n from duplicate_checks')).toEqual([{ n: 0 }]);
  });

  it('finds records that look like one person, saying exactly what matched', async () => {
    const robert = await newCustomer('Robert', 'Smith', 'WA8 7QA');
    const rob = await newCustomer('Rob', 'Smith', 'wa8 7qa');
    await newCustomer('Robert', 'Smith', 'L1 8JQ');
    // Twins share a surname, a birthday and an address, not a name.
    await person('Marek', 'Cox', { dateOfBirth: '1961-04-02', postcode: 'WA7 5TN' });
    await person('Patricia', 'Cox', { dateOfBirth: '1961-04-02', postcode: 'WA7 5TN' });
    const william = await person('William', 'Edwards', { dateOfBirth: '1948-12-01' });
    const bill = await person('Bill', 'Edwards', { dateOfBirth: '1948-12-01' });
    const ann = await person('Ann', 'Jones', { phone: '07700 900123' });
    const ruth = await person('Ruth', 'Price', { phone: '07700900123' });
    await backend.signIn('teamleader');
    const check = await ok(backend.call('customers.checkDuplicates', {}));
    expect(check).toMatchObject({ checkedAt: '2026-11-23T10:00:00.000Z', pairs: 3 });
    const page = await ok(backend.call('customers.duplicates', {}));
    expect(page).toMatchObject({ checkedAt: '2026-11-23T10:00:00.000Z', total: 3, offset: 0 });
    expect(page.pairs.map((p) => [p.a.id, p.b.id, p.reasons])).toEqual([
      [william, bill, ['same first and last name (nickname) and same date of birth']],
      [robert, rob, ['same first and last name (nickname) and same postcode']],
      [ann, ruth, ['same phone']],
    ]);
    expect(page.pairs[0]!.b).toMatchObject({ displayName: 'Bill Edwards', linkedRecords: 0 });
  });

  it('pages through the pairs, and a merged or erased record drops out at once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(await person('Ann', `Jones${'x'.repeat(i)}`, { phone: `0151 423 100${i}` }));
      ids.push(await person('Ruth', `Price${'x'.repeat(i)}`, { phone: `0151423100${i}` }));
    }
    await backend.signIn('teamleader');
    await ok(backend.call('customers.checkDuplicates', {}));
    const second = await ok(backend.call('customers.duplicates', { offset: 2, limit: 2 }));
    expect(second.total).toBe(5);
    expect(second.pairs.map((p) => [p.a.id, p.b.id])).toEqual([
      [ids[4], ids[5]],
      [ids[6], ids[7]],
    ]);

    await ok(backend.call('customers.merge', { keepId: ids[0]!, mergeId: ids[1]! }));
    await ok(
      backend.call('customers.erase', { id: ids[2]!, reason: 'Customer asked in writing.' }),
    );
    const after = await ok(backend.call('customers.duplicates', {}));
    expect(after.total).toBe(3);
    expect(after.pairs.map((p) => p.a.id)).toEqual([ids[4], ids[6], ids[8]]);
    // The same check still: nothing ran again.
    expect(after.checkedAt).toBe(second.checkedAt);
    expect(rows('select count(*) as n from duplicate_checks')).toEqual([{ n: 1 }]);
  });

  it('is for team leaders: an adviser is refused the list and the check', async () => {
    const result = await backend.call('customers.duplicates', {});
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    const check = await backend.call('customers.checkDuplicates', {});
    expect(!check.ok && check.error.code).toBe('FORBIDDEN');
  });

  it('merges two records so every linked record follows, logged in the change log', async () => {
    const keep = await newCustomer('Robert', 'Smith', 'WA8 7QA');
    const merge = await newCustomer('Rob', 'Smith', 'WA8 7QA');
    await contact(keep, ids.councilTax);
    const c = await contact(merge, ids.housingBenefit, '2026-11-23T09:30:00Z');
    await ok(
      backend.call('handOffs.create', {
        contactId: c.id,
        departmentId: ids.benefits,
        subject: 'a new claim',
      }),
    );
    await ok(
      backend.call('feedback.log', {
        kind: 'complaint',
        serviceId: ids.councilTax,
        channel: 'letter',
        receivedAt: '2026-11-23T09:00:00Z',
        summary: 'Bill sent to the wrong name.',
        customerId: merge,
      }),
    );
    await ok(
      backend.call('correspondence.log', {
        channel: 'letter',
        receivedAt: '2026-11-23T09:00:00Z',
        serviceId: ids.councilTax,
        subject: 'Change of name',
        customerId: merge,
      }),
    );
    await ok(backend.call('queue.checkIn', { serviceId: ids.councilTax, customerId: merge }));
    await backend.signIn('teamleader');
    await ok(
      backend.call('customers.addMarker', {
        customerId: merge,
        kind: 'Lone working risk',
        reason: 'Visit in pairs',
        reviewDate: '2027-05-01',
      }),
    );
    const before = await ok(backend.call('customers.view', { id: merge }));
    const result = await ok(backend.call('customers.merge', { keepId: keep, mergeId: merge }));
    expect(result.moved).toMatchObject({
      contacts: 1,
      visits: 1,
      correspondence: 1,
      hand_offs: 1,
      feedback: 1,
      customer_markers: 1,
    });
    const after = await ok(backend.call('customers.view', { id: keep }));
    // Everything the merged record had is now on the kept one, alongside its own.
    expect(after.timeline).toHaveLength(before.timeline.length + 1);
    expect(after.markers.map((m) => m.kind)).toEqual(['Lone working risk']);
    for (const table of ['contacts', 'visits', 'correspondence', 'hand_offs', 'feedback']) {
      expect(rows(`select count(*) as n from ${table} where customer_id = ?`, merge)).toEqual([
        { n: 0 },
      ]);
    }
    const gone = await backend.call('customers.view', { id: merge });
    expect(!gone.ok && gone.error.message).toMatch(/merged into another/);
    const found = await ok(backend.call('customers.find', { query: 'Smith' }));
    expect(found.map((f) => f.id)).toEqual([keep]);
    expect(
      rows(
        `select after from change_log where entity = 'customers' and entity_id = ? and action = 'update'`,
        merge,
      ).map((r) => JSON.parse(String(r.after)) as Record<string, unknown>),
    ).toContainEqual(expect.objectContaining({ merged_into: keep }));
  });

  it('refuses to merge a record twice and changes nothing', async () => {
    const keep = await newCustomer('Robert', 'Smith', 'WA8 7QA');
    const merge = await newCustomer('Rob', 'Smith', 'WA8 7QA');
    await backend.signIn('teamleader');
    await ok(backend.call('customers.merge', { keepId: keep, mergeId: merge }));
    const logged = rows('select count(*) as n from change_log');
    const again = await backend.call('customers.merge', { keepId: merge, mergeId: keep });
    expect(!again.ok && again.error.message).toBe('One of those records has already been merged.');
    expect(rows('select count(*) as n from change_log')).toEqual(logged);
  });
});
