// Reference data administration (issue 18, item 3) through dispatch on the demo council: an
// administrator adds, renames, retires and reinstates sites, services, departments, enquiry
// types and teams; retired items leave the pick-lists yet old records keep their names.
// The refusals are in reference-admin-refusals.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceKind, Result } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';
import {
  codeOf,
  LIST_OF,
  messageOf,
  referenceHelpers,
  type NewItem,
} from '../../../test/support/reference-admin';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await backend.close();
});
const { sql, rowCounts, all, item, pickList, add, additions } = referenceHelpers(() => backend);
const changeLog = () => Number(sql('select count(*) as n from change_log')[0]!.n);

describe('reference data administration', () => {
  it('is for administrators only', async () => {
    const before = rowCounts();
    for (const username of ['adviser', 'teamleader']) {
      await backend.signIn(username);
      const councilTax = (await ok(backend.call('reference.list', {}))).services.find(
        (s) => s.name === 'Council Tax',
      )!.id;
      const calls: Result<unknown>[] = [
        await backend.call('reference.all', {}),
        await add({ kind: 'team', name: 'Night Shift' }),
        await backend.call('reference.rename', { kind: 'service', id: councilTax, name: 'Tax' }),
        await backend.call('reference.retire', { kind: 'service', id: councilTax }),
        await backend.call('reference.reinstate', { kind: 'service', id: councilTax }),
        await backend.call('reference.updateDepartment', { id: councilTax, contactName: 'X' }),
      ];
      expect(calls.map(codeOf)).toEqual(Array(6).fill('FORBIDDEN'));
    }
    expect(rowCounts()).toEqual(before);
  });

  it('lists every item with what uses it, in words the screen can show', async () => {
    await backend.signIn('admin');
    const lists = await all();
    expect(lists.sites.find((s) => s.name === 'Town Hall One Stop Shop')).toMatchObject({
      kind: 'one_stop_shop',
      ticketPrefix: 'A',
      active: true,
      staffCount: 2,
    });
    expect(lists.departments.find((d) => d.name === 'Revenues')).toMatchObject({
      contactName: 'Revenues duty officer',
      escalationContact: 'Revenues Manager',
      activeServiceCount: 2,
    });
    expect(lists.services.find((s) => s.name === 'Council Tax')).toMatchObject({
      departmentName: 'Revenues',
      active: true,
    });
    expect(lists.interactionTypes.filter((t) => t.bvpi157)).toHaveLength(8);
    expect(lists.teams.map((t) => [t.name, t.staffCount])).toEqual([
      ['One Stop Shops', 1],
      ['Contact Centre', 2],
      ['Customer Services', 1],
    ]);
  });

  it('adds one of each kind, logged, and each reaches the pick-lists', async () => {
    await backend.signIn('admin');
    for (const [kind, input] of Object.entries(await additions()) as [ReferenceKind, NewItem][]) {
      const lists = await ok(add(input));
      const added = lists[LIST_OF[kind]].find((i) => i.name === input.name)!;
      expect(added.active).toBe(true);
      expect(await pickList(kind)).toContain(input.name);
      const log = sql(
        'select action, staff_id, after from change_log where entity_id = ?',
        added.id,
      );
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ action: 'create' });
      expect(String(log[0]!.after)).toContain(input.name);
    }
    const lists = await all();
    // A site's ticket letters are capitals; its hours start as the usual council week.
    expect(lists.sites.find((s) => s.name === 'Library Hub')).toMatchObject({
      ticketPrefix: 'E',
      kind: 'one_stop_shop',
      staffCount: 0,
    });
    const hours = (await ok(backend.call('sites.hours', {}))).find(
      (s) => s.name === 'Library Hub',
    )!;
    expect(hours.hours.mon).toEqual([{ open: '08:30', close: '16:30' }]);
    expect(hours.hours.sat).toEqual([]);
    expect(lists.services.find((s) => s.name === 'Garden Waste Subscriptions')).toMatchObject({
      departmentName: 'Waste and Street Scene',
    });
    // A blank contact is stored as none, not as an empty name.
    expect(lists.departments.find((d) => d.name === 'Bereavement Services')).toMatchObject({
      contactName: 'Duty bereavement officer',
      contactEmail: 'bereavement@example.gov.uk',
      escalationContact: null,
    });
    expect(lists.interactionTypes.find((t) => t.name === 'Requesting a document')).toMatchObject({
      bvpi157: false,
    });
    // New services and enquiry types come after the ones already ordered.
    expect((await pickList('service')).at(-1)).toBe('Garden Waste Subscriptions');
    expect((await pickList('interactionType')).at(-1)).toBe('Requesting a document');
  });

  it('adds a site with its own opening hours', async () => {
    await backend.signIn('admin');
    const week = (await ok(backend.call('sites.hours', {})))[0]!.hours;
    const saturdays = { ...week, sat: [{ open: '09:00', close: '12:00' }] };
    await ok(
      add({
        kind: 'site',
        name: 'Market Hall Help Point',
        siteKind: 'contact_centre',
        ticketPrefix: 'MH',
        hours: saturdays,
      }),
    );
    const hours = (await ok(backend.call('sites.hours', {}))).find(
      (s) => s.name === 'Market Hall Help Point',
    )!;
    expect(hours.hours).toEqual(saturdays);
  });

  it('renames each kind, and a team’s members move with it', async () => {
    await backend.signIn('admin');
    const renames: [ReferenceKind, string, string][] = [
      ['site', 'Riverside One Stop Shop', 'Riverside Customer Hub'],
      ['service', 'Parking and Blue Badges', 'Parking Permits and Blue Badges'],
      ['department', 'Registrars', 'Registration Service'],
      ['interactionType', 'Reporting a problem', 'Reporting a fault'],
      ['team', 'Contact Centre', 'Contact Centre Team'],
    ];
    for (const [kind, from, to] of renames) {
      const { id } = await item(kind, from);
      await ok(backend.call('reference.rename', { kind, id, name: ` ${to} ` }));
      expect(await pickList(kind)).toContain(to);
      expect(await pickList(kind)).not.toContain(from);
      expect(
        sql("select before, after from change_log where entity_id = ? and action = 'update'", id),
      ).toEqual([{ before: JSON.stringify({ name: from }), after: JSON.stringify({ name: to }) }]);
    }
    const staff = await ok(backend.call('staff.accounts', {}));
    expect(staff.filter((s) => s.team === 'Contact Centre Team').map((s) => s.username)).toEqual([
      'adviser2',
      'teamleader',
    ]);
    expect(staff.some((s) => s.team === 'Contact Centre')).toBe(false);
    // Only a change of case is a rename too.
    const { id } = await item('team', 'Customer Services');
    await ok(backend.call('reference.rename', { kind: 'team', id, name: 'customer services' }));
    expect(await pickList('team')).toContain('customer services');
  });

  it('retires and reinstates each kind: out of the pick-lists, then back', async () => {
    await backend.signIn('admin');
    const retirable: [ReferenceKind, string][] = [
      ['site', 'Market Street One Stop Shop'],
      ['service', 'Business Rates'],
      ['department', 'Bereavement Services'],
      ['interactionType', 'Change of circumstances'],
      ['team', 'One Stop Shops'],
    ];
    await ok(add((await additions()).department)); // a department with no services
    for (const [kind, name] of retirable) {
      const { id } = await item(kind, name);
      const retired = await ok(backend.call('reference.retire', { kind, id }));
      expect(retired[LIST_OF[kind]].find((i) => i.id === id)!.active).toBe(false);
      expect(await pickList(kind)).not.toContain(name);
      // Retiring again changes nothing.
      const logged = changeLog();
      await ok(backend.call('reference.retire', { kind, id }));
      expect(changeLog()).toBe(logged);

      await ok(backend.call('reference.reinstate', { kind, id }));
      expect(await pickList(kind)).toContain(name);
      expect(
        sql("select after from change_log where entity_id = ? and action = 'update'", id).map(
          (r) => r.after,
        ),
      ).toEqual(['{"active":0}', '{"active":1}']);
    }
    // A retired team stays on its members' accounts.
    const { id } = await item('team', 'One Stop Shops');
    await ok(backend.call('reference.retire', { kind: 'team', id }));
    const amina = (await ok(backend.call('staff.accounts', {}))).find(
      (s) => s.username === 'adviser',
    );
    expect(amina!.team).toBe('One Stop Shops');
  });

  it('keeps a retired service’s name on old contacts and letters, and refuses new ones', async () => {
    await backend.signIn('admin');
    const { services } = await ok(add((await additions()).service));
    const garden = services.find((s) => s.name === 'Garden Waste Subscriptions')!;

    await backend.signIn('adviser');
    const list = await ok(backend.call('reference.list', {}));
    const customer = await ok(
      backend.call('customers.create', { firstName: 'Ann', lastName: 'Jones' }),
    );
    await ok(
      backend.call('contacts.record', {
        channel: 'telephone',
        serviceId: garden.id,
        interactionTypeId: list.interactionTypes[0]!.id,
        customerTypeId: list.customerTypes[0]!.id,
        outcome: 'resolved',
        customerId: customer.id,
        startedAt: '2026-11-23T09:50:00Z',
        endedAt: '2026-11-23T09:55:00Z',
      }),
    );
    const letter = await ok(
      backend.call('correspondence.log', {
        channel: 'letter',
        receivedAt: '2026-11-20T09:00:00Z',
        serviceId: garden.id,
        customerId: customer.id,
        subject: 'Garden waste bin not emptied',
      }),
    );

    await backend.signIn('admin');
    await ok(backend.call('reference.retire', { kind: 'service', id: garden.id }));

    await backend.signIn('adviser');
    expect(await pickList('service')).not.toContain(garden.name);
    const today = await ok(backend.call('contacts.mineToday', {}));
    expect(today.contacts.map((c) => c.serviceName)).toContain('Garden Waste Subscriptions');
    expect((await ok(backend.call('correspondence.get', { id: letter.id }))).serviceName).toBe(
      'Garden Waste Subscriptions',
    );
    const view = await ok(backend.call('customers.view', { id: customer.id }));
    expect(JSON.stringify(view.timeline)).toContain('Garden Waste Subscriptions');
    // New work cannot use it.
    const refused = await backend.call('contacts.quickLog', {
      channel: 'telephone',
      serviceId: garden.id,
    });
    expect(codeOf(refused)).toBe('VALIDATION');
  });

  it('changes who a department’s work goes to', async () => {
    await backend.signIn('admin');
    const { id } = await item('department', 'Revenues');
    const lists = await ok(
      backend.call('reference.updateDepartment', {
        id,
        contactName: 'Revenues team leader',
        contactEmail: 'revenues@example.gov.uk',
        escalationContact: ' ',
      }),
    );
    expect(lists.departments.find((d) => d.id === id)).toMatchObject({
      contactName: 'Revenues team leader',
      contactEmail: 'revenues@example.gov.uk',
      escalationContact: null,
    });
    // A field left out stays as it was.
    const escalation = await ok(
      backend.call('reference.updateDepartment', { id, escalationContact: 'Head of Finance' }),
    );
    expect(escalation.departments.find((d) => d.id === id)).toMatchObject({
      contactName: 'Revenues team leader',
      escalationContact: 'Head of Finance',
    });
    const bad = await backend.call('reference.updateDepartment', { id, contactEmail: 'revenues' });
    expect(messageOf(bad)).toBe('The contact email is not an email address.');
  });
});
