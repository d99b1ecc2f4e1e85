// Reference data administration (issue 18, item 3): what an administrator's change to the
// council's lists must not do is refused in words, and a refusal writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceKind, Result } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';
import { codeOf, referenceHelpers } from '../../../test/support/reference-admin';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await backend.close();
});
const { rowCounts, item, pickList, add, additions } = referenceHelpers(() => backend);

describe('reference data refusals write nothing', () => {
  async function refused(result: Promise<Result<unknown>>, before: Record<string, number>) {
    const answer = await result;
    expect(answer.ok).toBe(false);
    expect(rowCounts()).toEqual(before);
    return answer.ok ? { code: 'OK', message: '' } : answer.error;
  }

  it('refuses a name already in the list, whatever its case, retired ones too', async () => {
    await backend.signIn('admin');
    const before = rowCounts();
    const duplicate = await refused(add({ kind: 'team', name: 'contact centre' }), before);
    expect(duplicate).toMatchObject({
      code: 'CONFLICT',
      message: 'There is already a team called Contact Centre.',
      fields: { name: 'There is already a team called Contact Centre.' },
    });
    const department = (await item('department', 'Revenues')).id;
    expect(
      (
        await refused(
          add({ kind: 'service', name: 'COUNCIL TAX', departmentId: department }),
          before,
        )
      ).message,
    ).toBe('There is already a service called Council Tax.');
    expect(
      (await refused(add({ kind: 'interactionType', name: 'Making a complaint' }), before)).message,
    ).toBe('There is already an enquiry type called Making a complaint.');

    const rates = (await item('service', 'Business Rates')).id;
    await ok(backend.call('reference.retire', { kind: 'service', id: rates }));
    const afterRetiring = rowCounts();
    expect(
      (
        await refused(
          add({ kind: 'service', name: 'Business rates', departmentId: department }),
          afterRetiring,
        )
      ).message,
    ).toBe(
      'There is already a retired service called Business Rates. Reinstate that one, or choose another name.',
    );
    const councilTax = (await item('service', 'Council Tax')).id;
    expect(
      (
        await refused(
          backend.call('reference.rename', {
            kind: 'service',
            id: councilTax,
            name: 'Business Rates',
          }),
          afterRetiring,
        )
      ).message,
    ).toBe(
      'There is already a retired service called Business Rates. Reinstate that one, or choose another name.',
    );
  });

  it('refuses blank, broken and over-long names in words', async () => {
    await backend.signIn('admin');
    const before = rowCounts();
    const cases: [unknown, string][] = [
      ['', 'Enter the team name.'],
      ['   ', 'Enter the team name.'],
      ['\u200b', 'The team name is made only of invisible characters. Type it again.'],
      [
        'Night\u0000Shift',
        'The team name contains a control character (such as a tab or line break) that cannot be stored. Retype it on one line.',
      ],
      [
        'Night\nShift',
        'The team name contains a control character (such as a tab or line break) that cannot be stored. Retype it on one line.',
      ],
      [
        '\u001b[31mNight',
        'The team name contains a control character (such as a tab or line break) that cannot be stored. Retype it on one line.',
      ],
      [
        'Night\ud800',
        'The team name contains a broken character. Retype it rather than pasting it.',
      ],
      ['x'.repeat(81), 'The team name can be at most 80 characters; this has 81. Shorten it.'],
      [42, 'The team name must be text.'],
    ];
    for (const [name, message] of cases) {
      const answer = await refused(backend.raw('reference.add', { kind: 'team', name }), before);
      expect(answer).toMatchObject({ code: 'VALIDATION', message });
    }
    const id = (await item('team', 'Contact Centre')).id;
    expect(
      (await refused(backend.call('reference.rename', { kind: 'team', id, name: ' ' }), before))
        .message,
    ).toBe('Enter the new name.');
    // 80 characters is allowed.
    await ok(add({ kind: 'team', name: 'y'.repeat(80) }));
    for (const input of [
      { kind: 'pigeon', name: 'Loft' },
      { kind: 'team', name: 'Loft', active: 0 },
      { kind: 'site', name: 'Loft', siteKind: 'one_stop_shop' },
    ]) {
      const answer = await backend.raw('reference.add', input);
      expect(codeOf(answer)).toBe('VALIDATION');
    }
  });

  it('refuses a site without a kind, or with ticket letters in use or unusable', async () => {
    await backend.signIn('admin');
    const before = rowCounts();
    const taken = await refused(
      add({ kind: 'site', name: 'Library Hub', siteKind: 'one_stop_shop', ticketPrefix: 'b' }),
      before,
    );
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      message:
        'The ticket letters B are already used by Market Street One Stop Shop. Choose other letters.',
    });
    for (const prefix of ['', 'B1', 'ABCD', 'É']) {
      const answer = await refused(
        add({ kind: 'site', name: 'Library Hub', siteKind: 'one_stop_shop', ticketPrefix: prefix }),
        before,
      );
      expect(answer.message).toBe(
        'Use one to three letters (A to Z) for the ticket letters, e.g. E.',
      );
    }
    const noKind = await refused(
      backend.raw('reference.add', { kind: 'site', name: 'Library Hub', ticketPrefix: 'E' }),
      before,
    );
    expect(noKind.message).toBe('Choose whether the site is a One Stop Shop or a contact centre.');
    const closesFirst = await refused(
      add({
        kind: 'site',
        name: 'Library Hub',
        siteKind: 'one_stop_shop',
        ticketPrefix: 'E',
        hours: {
          mon: [{ open: '17:00', close: '09:00' }],
          tue: [],
          wed: [],
          thu: [],
          fri: [],
          sat: [],
          sun: [],
        },
      }),
      before,
    );
    expect(closesFirst.message).toBe('Monday: 17:00-09:00 closes before it opens.');
  });

  it('refuses a service for a retired department, and reinstating it before its department', async () => {
    await backend.signIn('admin');
    await ok(add((await additions()).department));
    const bereavement = (await item('department', 'Bereavement Services')).id;
    await ok(add({ kind: 'service', name: 'Funerals', departmentId: bereavement }));
    const funerals = (await item('service', 'Funerals')).id;
    await ok(backend.call('reference.retire', { kind: 'service', id: funerals }));
    await ok(backend.call('reference.retire', { kind: 'department', id: bereavement }));
    const before = rowCounts();
    expect(
      await refused(
        add({ kind: 'service', name: 'Cremations', departmentId: bereavement }),
        before,
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: {
        departmentId:
          'The Bereavement Services department is retired. Reinstate it first, or choose a department in use.',
      },
    });
    const unknown = '01900000-0000-7000-8000-000000000000';
    expect(
      await refused(add({ kind: 'service', name: 'Cremations', departmentId: unknown }), before),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { departmentId: 'Choose the department that runs the service from the list.' },
    });
    expect(
      await refused(backend.call('reference.reinstate', { kind: 'service', id: funerals }), before),
    ).toMatchObject({
      code: 'CONFLICT',
      message:
        'Funerals is run by Bereavement Services, which is retired. Reinstate the department first.',
    });
    await ok(backend.call('reference.reinstate', { kind: 'department', id: bereavement }));
    await ok(backend.call('reference.reinstate', { kind: 'service', id: funerals }));
    expect(await pickList('service')).toContain('Funerals');
  });

  it('refuses to retire what work still needs, saying why', async () => {
    await backend.signIn('admin');
    const before = rowCounts();
    const retire = async (kind: ReferenceKind, name: string) =>
      refused(backend.call('reference.retire', { kind, id: (await item(kind, name)).id }), before);

    expect((await retire('department', 'Revenues')).message).toBe(
      'Revenues still runs 2 services in use: Business Rates and Council Tax. Retire those services first.',
    );
    expect((await retire('site', 'Town Hall One Stop Shop')).message).toBe(
      'Town Hall One Stop Shop is the usual site of 2 members of staff (Amina Khan and Dev Patel), so it cannot be retired while anyone works from it.',
    );
    expect((await retire('interactionType', 'Providing information')).message).toBe(
      'Quick logs record every enquiry as Providing information, so this enquiry type stays in use.',
    );
    const bvpi = (await item('interactionType', 'Collecting revenue')).id;
    expect(
      (
        await refused(
          backend.call('reference.rename', { kind: 'interactionType', id: bvpi, name: 'Payments' }),
          before,
        )
      ).message,
    ).toBe(
      'Collecting revenue is one of the eight national BVPI 157 enquiry types, so its name cannot change. Add the council’s own enquiry type instead.',
    );

    // A visitor still waiting keeps their site open.
    const market = (await item('site', 'Market Street One Stop Shop')).id;
    const councilTax = (await item('service', 'Council Tax')).id;
    await ok(
      backend.call('queue.checkIn', { siteId: market, serviceId: councilTax, customerName: 'Ann' }),
    );
    const withVisitor = rowCounts();
    const waiting = await refused(
      backend.call('reference.retire', { kind: 'site', id: market }),
      withVisitor,
    );
    expect(waiting.message).toBe(
      '1 visitor is still in the queue at Market Street One Stop Shop. Finish their visits before retiring the site.',
    );
  });

  it('never retires the last site, service or enquiry type', async () => {
    await backend.signIn('admin');
    backend.opened.database!.sqlite.exec(`
      update sites set active = 0 where name <> 'Riverside One Stop Shop';
      update services set active = 0 where name <> 'General Enquiries';
      update interaction_types set active = 0 where name not in ('Reporting a problem', 'Providing information');`);
    const before = rowCounts();
    const retire = async (kind: ReferenceKind, name: string) =>
      refused(backend.call('reference.retire', { kind, id: (await item(kind, name)).id }), before);
    expect((await retire('site', 'Riverside One Stop Shop')).message).toBe(
      'Riverside One Stop Shop is the only site in use, so it cannot be retired. Add another site first.',
    );
    expect((await retire('service', 'General Enquiries')).message).toBe(
      'General Enquiries is the only service in use, so it cannot be retired: every contact needs one. Add another service first.',
    );
    await ok(
      backend.call('reference.retire', {
        kind: 'interactionType',
        id: (await item('interactionType', 'Reporting a problem')).id,
      }),
    );
  });

  it('says so when the item is not there', async () => {
    await backend.signIn('admin');
    const before = rowCounts();
    const missing = await refused(
      backend.call('reference.retire', {
        kind: 'team',
        id: '01900000-0000-7000-8000-000000000000',
      }),
      before,
    );
    expect(missing).toMatchObject({
      code: 'NOT_FOUND',
      message: 'That item could not be found. Reload the list and try again.',
    });
    // A site's id is not a team's.
    const site = (await item('site', 'Contact Centre')).id;
    expect(codeOf(await backend.call('reference.retire', { kind: 'team', id: site }))).toBe(
      'NOT_FOUND',
    );
  });
});
