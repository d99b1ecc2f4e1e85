// CSV a spreadsheet opens as the screen shows it: UTF-8 with a byte-order mark (so Excel
// reads "£" and "’" right), plain-English headers, one row per record. Pure, so the screens'
// exports (renderer/src/stats/csv.ts) and the back end's subject access export write CSV
// the same way.
import Papa from 'papaparse';

/**
 * Text a spreadsheet would run as a formula (OWASP, "CSV Injection"): a cell beginning with
 * =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a customer named
 * `=HYPERLINK(...)` stays text. Papa's own default pattern stops at a line break, so a
 * formula followed by a second line would slip through: this one looks at the first
 * character only. Numbers are written as numbers, never escaped.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(
  columns: readonly { key: string; label: string }[],
  rows: readonly Record<string, string | number | null | undefined>[],
): string {
  const data = rows.map((row) => columns.map((c) => row[c.key] ?? ''));
  return `\uFEFF${Papa.unparse(
    { fields: columns.map((c) => c.label), data },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  )}`;
}
