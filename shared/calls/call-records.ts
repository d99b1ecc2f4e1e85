// Call records exported by a telephone system, read through a column mapping the team leader
// sets once per source (switches name and format their columns differently), so answer times
// and abandoned calls come from the switch rather than from memory (Halton standards: answer
// calls in an average of 30 seconds). Each row becomes a call or is refused with the reason
// in words; nothing is guessed. Pure: the back end checks duplicates and writes.
import Papa from 'papaparse';
import { z } from 'zod';
import { isIsoDate, londonInstant } from '../time/london';

/** The fields a call record can give, and which the import cannot do without. */
export const CALL_FIELDS = {
  callId: { label: 'Call reference', required: false },
  started: { label: 'When the call reached the queue', required: true },
  wait: { label: 'Seconds in the queue (to answer or hang-up)', required: true },
  result: { label: 'Answered or abandoned', required: true },
  agent: { label: 'Adviser who answered', required: false },
  transferred: { label: 'Transferred', required: false },
  transferReason: { label: 'Why it was transferred', required: false },
} as const;
export type CallField = keyof typeof CALL_FIELDS;

/** Which CSV column (by its header) gives each field. */
export const callMappingSchema = z.object({
  callId: z.string().min(1).nullable().default(null),
  started: z.string().min(1, 'Choose the column that says when each call reached the queue.'),
  wait: z.string().min(1, 'Choose the column that gives the seconds each caller waited.'),
  result: z.string().min(1, 'Choose the column that says whether each call was answered.'),
  agent: z.string().min(1).nullable().default(null),
  transferred: z.string().min(1).nullable().default(null),
  transferReason: z.string().min(1).nullable().default(null),
});
export type CallMapping = z.infer<typeof callMappingSchema>;

export interface CallRecord {
  /** The switch's own reference, when it gives one: the surest way to spot a duplicate. */
  callId: string | null;
  queuedAt: string;
  answeredAt: string | null;
  abandonedAt: string | null;
  waitSeconds: number;
  /** As written in the file (a username or a name); matched to staff by the back end. */
  agent: string | null;
  transferred: boolean;
  transferReason: string | null;
}

export type RowResult =
  { line: number; ok: true; call: CallRecord } | { line: number; ok: false; reason: string };

export interface ParsedCalls {
  headers: string[];
  rows: RowResult[];
}

const ANSWERED = new Set(['answered', 'answer', 'ans', 'connected', 'handled', 'completed']);
const ABANDONED = new Set(['abandoned', 'abandon', 'aban', 'lost', 'hung up', 'hangup', 'missed']);
const YES = new Set(['yes', 'y', 'true', '1', 'transferred']);
const NO = new Set(['no', 'n', 'false', '0', '']);
/** A day-long wait is a mistake in the file, not a caller. */
const LONGEST_WAIT_SECONDS = 4 * 3600;

/**
 * When a call reached the queue: ISO 8601 with a zone (`2026-11-23T09:05:00Z`) as given, or a
 * UK wall-clock time (`23/11/2026 09:05:07`, `2026-11-23 09:05`) in London time.
 */
export function parseStarted(text: string): Date | null {
  const value = text.trim();
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/.test(value)) {
    const at = new Date(value);
    return Number.isNaN(at.getTime()) ? null : at;
  }
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d\d)(?::(\d\d))?$/.exec(value);
  const iso = /^(\d{4})-(\d\d)-(\d\d)[ T](\d{1,2}):(\d\d)(?::(\d\d))?$/.exec(value);
  const parts = uk
    ? { y: uk[3]!, m: uk[2]!, d: uk[1]!, hh: uk[4]!, mm: uk[5]!, ss: uk[6] ?? '00' }
    : iso
      ? { y: iso[1]!, m: iso[2]!, d: iso[3]!, hh: iso[4]!, mm: iso[5]!, ss: iso[6] ?? '00' }
      : null;
  if (!parts) return null;
  const date = `${parts.y}-${parts.m.padStart(2, '0')}-${parts.d.padStart(2, '0')}`;
  if (!isIsoDate(date) || Number(parts.hh) > 23 || Number(parts.ss) > 59) return null;
  return londonInstant(date, `${parts.hh.padStart(2, '0')}:${parts.mm}:${parts.ss}`);
}

/** Seconds as `45`, `45.0`, `0:45` or `00:00:45`. */
export function parseSeconds(text: string): number | null {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value));
  const clock = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(value);
  if (!clock) return null;
  return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
}

function readRow(row: Record<string, string>, mapping: CallMapping): CallRecord | string {
  const cell = (column: string | null) => (column === null ? '' : (row[column] ?? '').trim());
  const startedText = cell(mapping.started);
  if (!startedText) return 'No time the call reached the queue.';
  const started = parseStarted(startedText);
  if (!started)
    return `"${startedText}" is not a date and time (write 23/11/2026 09:05 or 2026-11-23T09:05:00Z).`;
  const waitText = cell(mapping.wait);
  const wait = parseSeconds(waitText);
  if (wait === null) return `"${waitText}" is not a number of seconds in the queue.`;
  if (wait > LONGEST_WAIT_SECONDS) return `A wait of ${wait} seconds is longer than 4 hours.`;
  const resultText = cell(mapping.result).toLowerCase();
  const answered = ANSWERED.has(resultText);
  if (!answered && !ABANDONED.has(resultText))
    return `"${cell(mapping.result)}" does not say answered or abandoned.`;
  const transferredText = cell(mapping.transferred).toLowerCase();
  if (!YES.has(transferredText) && !NO.has(transferredText))
    return `"${cell(mapping.transferred)}" does not say yes or no for transferred.`;
  const end = new Date(started.getTime() + wait * 1000).toISOString();
  const reason = cell(mapping.transferReason);
  return {
    callId: cell(mapping.callId) || null,
    queuedAt: started.toISOString(),
    answeredAt: answered ? end : null,
    abandonedAt: answered ? null : end,
    waitSeconds: wait,
    agent: cell(mapping.agent) || null,
    transferred: YES.has(transferredText),
    transferReason: YES.has(transferredText) && reason ? reason : null,
  };
}

/** The file's header row alone (for the mapping step). */
export function csvHeaders(text: string): string[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    preview: 1,
    skipEmptyLines: 'greedy',
  });
  return (parsed.data[0] ?? []).map((h) => h.trim()).filter((h) => h !== '');
}

/** Every data row of the file read through the mapping; `line` is the file's line number. */
export function readCallRecords(text: string, mapping: CallMapping): ParsedCalls {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header, ...body] = parsed.data;
  const headers = (header ?? []).map((h) => h.trim());
  const missing = (Object.keys(CALL_FIELDS) as CallField[])
    .map((f) => mapping[f])
    .filter((column): column is string => column !== null && !headers.includes(column));
  if (missing.length > 0)
    throw new Error(`The file has no column called ${missing.map((c) => `"${c}"`).join(', ')}.`);
  const rows: RowResult[] = [];
  // Papa's line numbers are lost with arrays; count them, quoted line breaks included.
  let line = 1 + (parsed.data.length > 0 ? lineBreaks(parsed, 0) : 0);
  body.forEach((cells, i) => {
    line += 1;
    const here = line;
    line += lineBreaks(parsed, i + 1);
    if (cells.every((c) => c.trim() === '')) return; // a blank line
    const row = Object.fromEntries(headers.map((h, k) => [h, cells[k] ?? '']));
    const result = readRow(row, mapping);
    rows.push(
      typeof result === 'string'
        ? { line: here, ok: false, reason: result }
        : { line: here, ok: true, call: result },
    );
  });
  return { headers, rows };
}

/** Line breaks inside the quoted cells of row `i` (a comment spread over lines). */
function lineBreaks(parsed: Papa.ParseResult<string[]>, i: number): number {
  return (parsed.data[i] ?? []).reduce(
    (n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0),
    0,
  );
}

/**
 * What makes two records the same call: the switch's reference when it gives one, else the
 * moment it reached the queue with how long it waited and how it ended (a switch logs one
 * call per queue entry, and two callers joining in the same second and waiting exactly as
 * long with the same adviser is far less likely than a file imported twice).
 */
export function duplicateKey(call: CallRecord): string {
  if (call.callId !== null) return `id:${call.callId}`;
  const end = call.answeredAt ? `answered:${call.agent ?? ''}` : 'abandoned';
  return `at:${call.queuedAt}:${call.waitSeconds}:${end}`;
}

/** Header words that usually name each field, in the order they are tried. */
const HEADER_HINTS: [CallField, RegExp][] = [
  ['transferReason', /reason/i],
  ['transferred', /transfer/i],
  ['callId', /(call.?id|reference|\bref\b|^id$)/i],
  ['wait', /(wait|queue.?time|time.?to.?answer|answer.?time|ring)/i],
  ['started', /(start|arriv|queued|date|time)/i],
  ['result', /(result|outcome|status|disposition|answered)/i],
  ['agent', /(agent|adviser|advisor|user|extension|answered.?by)/i],
];

/** A first mapping for a new source, from its headers; the team leader checks it. */
export function guessMapping(headers: readonly string[]): Partial<CallMapping> {
  const mapping: Partial<CallMapping> = {};
  const used = new Set<string>();
  for (const [field, hint] of HEADER_HINTS) {
    const header = headers.find((h) => !used.has(h) && hint.test(h));
    if (header) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}
