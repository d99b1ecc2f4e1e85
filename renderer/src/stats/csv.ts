// CSV a spreadsheet opens as the screen shows it: UTF-8 with a byte-order mark (so Excel
// reads "£" and "’" right), plain-English headers, one row per record.
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

export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "council-contact-fcr-misses-2026-11-23.csv" */
export function fileNameOf(what: string, from: string, to: string): string {
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `council-contact-${slug}-${from === to ? from : `${from}-to-${to}`}.csv`;
}
