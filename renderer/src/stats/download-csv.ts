// Kept apart from csv.ts: saving a file logs the export through the API client, which the
// pure CSV helpers (and their tests) should not load.
import { recordOutput } from '../api/record-output';

/** Saves the CSV file in the browser's downloads; the export is logged with its name. */
export function downloadCsv(fileName: string, csv: string): void {
  recordOutput('exported', fileName);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
