// What an import of call records would do, row by row: read through the mapping, refused
// with the reason, a duplicate (of a call already on file at the site, or of an earlier row
// of the same file), or imported, with the adviser matched by username or name; and which
// answer times advisers typed it would replace (only in the hours its calls fall in). The
// preview shows this plan and the import carries out the same plan, so they cannot disagree.
import type { CallPreview, CallImportInput } from '../../../shared/api/calls';
import { ApiFailure } from '../../../shared/api/errors';
import {
  duplicateKey,
  readCallRecords,
  type CallMapping,
  type CallRecord,
} from '../../../shared/calls/call-records';
import { cellsOf, coveredDays, typedReplacedBy } from '../../../shared/calls/switch-cover';
import { asaFromTotals } from '../../../shared/metrics/telephone';
import { londonDateOf, londonDayBounds } from '../../../shared/time/london';
import type { OpeningHours } from '../../../shared/time/opening-hours';
import type { ReadableDB } from '../../../db/handles';
import {
  importSite,
  keysOnFile,
  queuedTimesAt,
  staffToMatch,
} from '../../../db/queries/calls/import-lookups';
import { requireActive } from '../require-active';

/** Problems and duplicate lines listed in a preview, at most. */
const LISTED = 500;
const SAMPLE_ROWS = 10;

export interface PlannedCall extends CallRecord {
  line: number;
  key: string;
  staffId: string | null;
}

export interface ImportPlan {
  preview: CallPreview;
  calls: PlannedCall[];
}

/** The London days the calls fall on, as instants [from, to): the days the import covers. */
export function coverageOf(calls: readonly { queuedAt: string }[]) {
  if (calls.length === 0) return null;
  const queued = calls.map((c) => c.queuedAt).sort();
  return {
    from: londonDayBounds(londonDateOf(queued[0]!)).start.toISOString(),
    to: londonDayBounds(londonDateOf(queued.at(-1)!)).end.toISOString(),
  };
}

/**
 * What the file's calls do to the answer times advisers typed at the site: how many stop
 * counting (switch-cover.ts decides, against the switch's records already on file), and the
 * days and hours the file covers.
 */
async function typedTimesReplaced(
  db: ReadableDB,
  site: { id: string; openingHours: OpeningHours },
  calls: readonly CallRecord[],
): Promise<Pick<CallPreview, 'typedReplaced' | 'coverage'>> {
  const covers = coverageOf(calls);
  if (!covers) return { typedReplaced: 0, coverage: [] };
  const typed = await queuedTimesAt(db, site.id, covers, 'typed');
  // The switch's records on file: their hours are replaced already, whatever this file holds.
  const imported = await queuedTimesAt(db, site.id, covers, 'imported');
  const at = (times: string[]) => times.map((queuedAt) => ({ siteId: site.id, queuedAt }));
  const fileCalls = calls.map((c) => ({ siteId: site.id, queuedAt: c.queuedAt }));
  return {
    typedReplaced: typedReplacedBy(at(typed), cellsOf(at(imported)), cellsOf(fileCalls)).length,
    coverage: coveredDays(fileCalls, site.openingHours),
  };
}

export async function planImport(
  db: ReadableDB,
  input: Pick<CallImportInput, 'csv' | 'siteId'> & { mapping: CallMapping },
): Promise<ImportPlan> {
  await requireActive(
    db,
    'sites',
    input.siteId,
    'siteId',
    'Choose the site whose calls these are.',
  );
  const site = (await importSite(db, input.siteId))!;
  let parsed;
  try {
    parsed = readCallRecords(input.csv, input.mapping);
  } catch (error) {
    throw new ApiFailure('VALIDATION', (error as Error).message);
  }
  const staff = await staffToMatch(db);
  const staffBy = new Map<string, string>();
  for (const s of staff) {
    staffBy.set(s.display_name.toLowerCase(), s.id);
    staffBy.set(s.username.toLowerCase(), s.id); // a username wins over a same-named person
  }
  const good = parsed.rows.flatMap((r) => (r.ok ? [{ line: r.line, call: r.call }] : []));
  const onFile = await keysOnFile(db, input.siteId, [
    ...new Set(good.map((r) => duplicateKey(r.call))),
  ]);
  const seen = new Set<string>();
  const calls: PlannedCall[] = [];
  const duplicateLines: number[] = [];
  const unknownAgents = new Set<string>();
  for (const { line, call } of good) {
    const key = duplicateKey(call);
    if (onFile.has(key) || seen.has(key)) {
      duplicateLines.push(line);
      continue;
    }
    seen.add(key);
    const staffId = call.agent ? (staffBy.get(call.agent.toLowerCase()) ?? null) : null;
    if (call.agent && !staffId) unknownAgents.add(call.agent);
    calls.push({ ...call, line, key, staffId });
  }
  const problems = parsed.rows.flatMap((r) => (r.ok ? [] : [{ line: r.line, reason: r.reason }]));
  const { typedReplaced, coverage } = await typedTimesReplaced(db, site, calls);
  const answered = calls.filter((c) => c.answeredAt !== null);
  const names = new Map(staff.map((s) => [s.id, s.display_name]));
  return {
    calls,
    preview: {
      headers: parsed.headers,
      rowsRead: parsed.rows.length,
      toImport: calls.length,
      duplicates: duplicateLines.length,
      skipped: problems.length,
      problems: problems.slice(0, LISTED),
      duplicateLines: duplicateLines.slice(0, LISTED),
      unknownAgents: [...unknownAgents].sort(),
      typedReplaced,
      siteName: site.name,
      coverage,
      answered: answered.length,
      abandoned: calls.length - answered.length,
      averageSpeedOfAnswer: asaFromTotals(
        answered.reduce((sum, c) => sum + c.waitSeconds, 0),
        answered.length,
      ),
      sample: calls.slice(0, SAMPLE_ROWS).map((c) => ({
        line: c.line,
        queuedAt: c.queuedAt,
        waitSeconds: c.waitSeconds,
        answered: c.answeredAt !== null,
        adviser: c.staffId ? names.get(c.staffId)! : c.agent,
        adviserKnown: c.staffId !== null,
        transferred: c.transferred,
      })),
    },
  };
}
