// One zip for a subject access export (UK GDPR Art. 15: a copy "in a commonly used electronic
// form"): the printable HTML, the same records as JSON for a machine, and one CSV per kind of
// record for a spreadsheet. CSV is written by the app's one writer (shared/csv.ts), so a
// customer's text a spreadsheet would run as a formula stays text here as well.
import { strToU8, zipSync } from 'fflate';
import { toCsv } from '../../../shared/csv';
import type {
  SubjectAccessData,
  SubjectAccessKind,
} from '../../../db/queries/data-protection/subject-access';
import { KIND_INFO, subjectAccessHtml, type HtmlHeader } from './subject-access-html';

type Cell = string | number | null;

/**
 * Columns as stored, each id followed by the name it stands for (`service_id`, then
 * `service_id (name)`), so a spreadsheet reads without the JSON's list of names; nested
 * values (a change's before and after) as JSON.
 */
function csvOf(rows: Record<string, unknown>[], columns: string[], names: Record<string, string>) {
  const keys = [...new Set([...columns, ...rows.flatMap((r) => Object.keys(r))])];
  const named = new Set(
    keys.filter((k) => rows.some((r) => typeof r[k] === 'string' && names[r[k]])),
  );
  const headings = keys.flatMap((k) => (named.has(k) ? [k, `${k} (name)`] : [k]));
  const flat = rows.map((row) =>
    Object.fromEntries(
      keys.flatMap((k): [string, Cell][] => {
        const v = row[k];
        const name: [string, Cell][] = named.has(k)
          ? [[`${k} (name)`, names[v as string] ?? null]]
          : [];
        if (v === undefined || v === null) return [[k, null], ...name];
        if (typeof v === 'object') return [[k, JSON.stringify(v)]];
        return [[k, v as string | number], ...name];
      }),
    ),
  );
  return toCsv(
    headings.map((key) => ({ key, label: key })),
    flat,
  );
}

export interface SubjectAccessZip {
  zip: Uint8Array;
  /** Records by kind, named as the CSV files are. */
  counts: Record<string, number>;
}

export function subjectAccessZip(data: SubjectAccessData, header: HtmlHeader): SubjectAccessZip {
  const kinds = Object.keys(KIND_INFO) as SubjectAccessKind[];
  const counts = Object.fromEntries(kinds.map((k) => [KIND_INFO[k].file, data.records[k].length]));
  const json = {
    council: header.councilName,
    customerId: data.customerId,
    preparedAt: header.preparedAt.toISOString(),
    preparedBy: header.preparedBy,
    counts,
    records: Object.fromEntries(kinds.map((k) => [KIND_INFO[k].file, data.records[k]])),
    names: data.names,
  };
  const files: Record<string, Uint8Array> = {
    'subject-access.html': strToU8(subjectAccessHtml(data, header)),
    'subject-access.json': strToU8(`${JSON.stringify(json, null, 2)}\n`),
  };
  for (const k of kinds)
    files[`csv/${KIND_INFO[k].file}.csv`] = strToU8(
      csvOf(data.records[k], data.columns[k], data.names),
    );
  // Each file's time in the zip is the moment it was prepared, so the customer sees when.
  return { zip: zipSync(files, { level: 6, mtime: header.preparedAt }), counts };
}
