// The command-line entry run as staff and scripts run it: a real process.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function crm(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/crm.ts', ...args], {
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('crm due', () => {
  it('prints the due date as YYYY-MM-DD', () => {
    // Wed 23 Dec 2026: 24 (1); 25 Dec and the Boxing Day substitute (Mon 28) off; 29-31 (2-4);
    // 1 Jan off; 4-8 Jan (5-9); Mon 11 Jan (10).
    expect(
      crm(['due', '--received', '2026-12-23', '--days', '10', '--region', 'england-and-wales']),
    ).toEqual({ status: 0, stdout: '2027-01-11\n', stderr: '' });
    // Scotland also has Monday 4 January 2027 (2 January falls on a Saturday).
    expect(
      crm(['due', '--received', '2026-12-23', '--days', '10', '--region', 'scotland']).stdout,
    ).toBe('2027-01-12\n');
  });

  it('answers thousands of lines from standard input, one per line', () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) =>
        [
          '2026-12-23 10 england-and-wales',
          '2026-12-18 10 scotland',
          '2026-04-01 10 northern-ireland',
        ][i % 3],
    );
    const result = crm(['due', '--stdin'], `${lines.join('\n')}\n`);
    expect(result.status).toBe(0);
    const out = result.stdout.trim().split('\n');
    expect(out).toHaveLength(3000);
    expect(out.slice(0, 3)).toEqual(['2027-01-11', '2027-01-07', '2026-04-17']);
  });

  it('says what is wrong on stderr and exits non-zero', () => {
    const badDate = crm(['due', '--received', '2026-02-30']);
    expect(badDate.status).not.toBe(0);
    expect(badDate.stderr).toBe('crm: "2026-02-30" is not a date: write it as YYYY-MM-DD.\n');
    expect(crm(['due', '--received', '2026-12-23', '--days', '-3']).stderr).toMatch(
      /is not a number of working days/,
    );
    expect(crm(['due', '--received', '2026-12-23', '--region', 'wales']).stderr).toMatch(
      /"wales" is not a region/,
    );
    const badLine = crm(['due', '--stdin'], '2026-12-23 10 scotland\n2026-12-23 ten scotland\n');
    expect(badLine.status).not.toBe(0);
    expect(badLine.stdout).toBe('2027-01-12\n');
    expect(badLine.stderr).toBe(
      'crm due: line 2: "ten" is not a number of working days: use a whole number, 0 or more.\n',
    );
  });
});
