// CSV a spreadsheet opens as the screen shows it: UTF-8 with a byte-order mark (so Excel
// reads "£" and "’" right), plain-English headers, one row per record.
// The CSV itself is written by shared/csv.ts (formula escaping included), which the back
// end's subject access export uses too; this file names the file (download-csv.ts saves it).
export { toCsv } from '../../../shared/csv';

/** "council-contact-fcr-misses-2026-11-23.csv" */
export function fileNameOf(what: string, from: string, to: string): string {
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `council-contact-${slug}-${from === to ? from : `${from}-to-${to}`}.csv`;
}
