// A switch's call records as they really arrive: a byte-order mark, Windows line ends, quoted
// commas, a comment over two lines, blank lines, a row twice, an impossible date, a wait that
// is not a number and a result that is neither answered nor abandoned. Every row is read or
// refused with its own line number and reason.
import { describe, expect, it } from 'vitest';
import { MESSY_SWITCH_CSV, SWITCH_MAPPING } from '../../test/fixtures/switch-calls';
import {
  callMappingSchema,
  csvHeaders,
  duplicateKey,
  guessMapping,
  parseSeconds,
  parseStarted,
  readCallRecords,
} from './call-records';

const MESSY = MESSY_SWITCH_CSV;
const MAPPING = callMappingSchema.parse(SWITCH_MAPPING);

describe('reading call records', () => {
  it('finds the headers under the byte-order mark', () => {
    expect(csvHeaders(MESSY)).toEqual([
      'Call ID',
      'Start',
      'Queue',
      'Wait',
      'Result',
      'Agent',
      'Transferred',
      'Transfer reason',
    ]);
  });

  it('reads every row or gives its line and reason', () => {
    const { rows } = readCallRecords(MESSY, MAPPING);
    // 11 data lines: 2 blank ones are not rows, and C1007's comment spans lines 10 and 11.
    expect(rows.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [3, true],
      [5, true],
      [6, true], // C1001 again: a duplicate, but readable (the back end decides)
      [7, false],
      [8, false],
      [9, false],
      [10, true],
      [12, true],
    ]);
    const reasons = rows.flatMap((r) => (r.ok ? [] : [r.reason]));
    expect(reasons).toEqual([
      '"31/11/2026 09:03:00" is not a date and time (write 23/11/2026 09:05 or 2026-11-23T09:05:00Z).',
      '"abc" is not a number of seconds in the queue.',
      '"On hold" does not say answered or abandoned.',
    ]);
    const calls = rows.flatMap((r) => (r.ok ? [r.call] : []));
    // 09:00:05 in November is GMT; 12 seconds to answer.
    expect(calls[0]).toEqual({
      callId: 'C1001',
      queuedAt: '2026-11-23T09:00:05.000Z',
      answeredAt: '2026-11-23T09:00:17.000Z',
      abandonedAt: null,
      waitSeconds: 12,
      agent: 'adviser2',
      transferred: false,
      transferReason: null,
    });
    expect(calls[1]).toMatchObject({ answeredAt: null, abandonedAt: '2026-11-23T09:01:55.000Z' });
    expect(calls[2]).toMatchObject({
      waitSeconds: 31,
      agent: 'Ben Hughes',
      transferred: true,
      transferReason: 'Needed the benefits team, not council tax',
    });
    // Not transferred, so the note in the reason column is not a transfer reason.
    expect(calls[4]).toMatchObject({ callId: 'C1007', transferred: false, transferReason: null });
    expect(calls[5]).toMatchObject({ queuedAt: '2026-11-23T09:07:00.000Z', transferred: true });
    expect(duplicateKey(calls[3]!)).toBe(duplicateKey(calls[0]!));
  });

  it('refuses a mapping naming a column the file does not have', () => {
    expect(() => readCallRecords(MESSY, { ...MAPPING, wait: 'Queue time' })).toThrow(
      'The file has no column called "Queue time".',
    );
  });

  it('reads UK and ISO times in London time, and waits written as clocks', () => {
    expect(parseStarted('01/07/2026 09:00')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(parseStarted('2026-07-01 09:00:30')?.toISOString()).toBe('2026-07-01T08:00:30.000Z');
    expect(parseStarted('2026-07-01T09:00:00+01:00')?.toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
    expect(parseStarted('29/02/2026 09:00')).toBeNull();
    expect(parseStarted('yesterday')).toBeNull();
    expect([parseSeconds('45'), parseSeconds('0:45'), parseSeconds('01:02:03')]).toEqual([
      45, 45, 3723,
    ]);
    expect([parseSeconds('-5'), parseSeconds('1:75'), parseSeconds('')]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('keys a call without a reference by its time, wait and ending', () => {
    const { rows } = readCallRecords(MESSY, { ...MAPPING, callId: null });
    const calls = rows.flatMap((r) => (r.ok ? [r.call] : []));
    expect(duplicateKey(calls[0]!)).toBe('at:2026-11-23T09:00:05.000Z:12:answered:adviser2');
    expect(duplicateKey(calls[1]!)).toBe('at:2026-11-23T09:01:10.000Z:45:abandoned');
  });

  it('guesses a new source’s mapping from its headers', () => {
    expect(guessMapping(csvHeaders(MESSY))).toEqual(SWITCH_MAPPING);
    expect(
      guessMapping(['Date/Time', 'Queue Time (s)', 'Outcome', 'Answered By', 'Queue']),
    ).toEqual({
      started: 'Date/Time',
      wait: 'Queue Time (s)',
      result: 'Outcome',
      agent: 'Answered By',
    });
  });
});
