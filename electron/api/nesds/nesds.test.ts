// The NeSDS evidence report through the real back end, on a hand-made November: six contacts
// by telephone, face to face and email, one exit survey, and a quality sample of all six with
// three scored. Each grade below is worked out from those records in the comments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NesdsEvidenceReport } from '../../../shared/api';
import { createTestBackend, ok, type TestBackend } from '../../../test/support/backend';
import { recordNesdsNovember } from '../../../test/support/nesds-month';

let backend: TestBackend;
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T17:00:00Z'); // Monday
});
afterEach(() => backend.close());

async function november(): Promise<NesdsEvidenceReport> {
  await recordNesdsNovember(backend);
  return ok(backend.call('nesds.evidence', NOVEMBER));
}

const find = (report: NesdsEvidenceReport, n: number) =>
  report.standards.find((s) => s.number === n)!;

describe('the NeSDS evidence report', () => {
  it('grades a month from its records', async () => {
    const report = await november();
    expect(report.standards.map((s) => s.number)).toEqual([
      1, 2, 3, 4, 7, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    ]);
    expect(report.councilName).toBe('Demo Borough Council');

    // 1: no letter or fax came in, and email covered 1 of the 8 BVPI 157 types.
    const s1 = find(report, 1);
    expect(s1.supported).toBeNull();
    expect(s1.reason).toContain('no contacts came by 1d Post (letter, fax)');
    expect(s1.reason).toContain('self service did not cover 7 of the 8 BVPI 157 interaction types');
    // The demo contact centre opens 08:00-18:00: beyond 9 to 5, so that check holds.
    expect(s1.checks[2]).toMatchObject({ met: true });
    expect(s1.checks[2]!.text).toMatch(/^service hours go beyond Monday to Friday 9 to 5 \(/);

    // 2: 5 of 6 resolved is 83%, but telephone is 3 of 4, 75%.
    const s2 = find(report, 2);
    expect(s2.measures).toContainEqual({
      label: 'Resolved at first contact, verified',
      value: '83%',
    });
    expect(s2.supported).toBe('minimum');
    expect(s2.missing[0]).toBe('1 channel below 80%: Telephone 75%');

    // 17: one response in the one month, from one customer group: Minimum, not Progressing.
    expect(find(report, 17)).toMatchObject({ supported: 'minimum', next: 'progressing' });
    // 18: the accuracy point was scored on 3 contacts: Excellent.
    expect(find(report, 18).supported).toBe('excellent');
    // 19: a survey, and scored contacts by telephone, face to face and email, in November.
    expect(find(report, 19).supported).toBe('progressing');
    // 20: a survey comment is a view on record; all 6 contacts were sampled, 100%.
    const s20 = find(report, 20);
    expect(s20.supported).toBe('minimum');
    expect(s20.measures).toContainEqual({
      label: 'Contacts targeted for quality evaluation',
      value: '6 of 6 (100%)',
    });
    // 23: one of six contacts on a customer's record; only telephone linked.
    const s23 = find(report, 23);
    expect(s23.supported).toBeNull();
    expect(s23.reason).toContain(
      'no contacts by 1b Face to face, 1c Electronic (email, web form, SMS) were kept on a customer’s record',
    );
    // 25: nobody's identity was checked.
    expect(find(report, 25).supported).toBeNull();
  });

  it('is for team leaders, and refuses a backwards period', async () => {
    await backend.signIn('adviser');
    const denied = await backend.call('nesds.evidence', NOVEMBER);
    expect(!denied.ok && denied.error.code).toBe('FORBIDDEN');
    await backend.signIn('teamleader');
    const backwards = await backend.call('nesds.evidence', {
      from: '2026-11-30',
      to: '2026-11-01',
    });
    expect(!backwards.ok && backwards.error.message).toBe(
      'The first day must not be after the last day.',
    );
  });
});
