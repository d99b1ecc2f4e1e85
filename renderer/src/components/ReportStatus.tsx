import { recordOutput } from '../api/record-output';
import { downloadCsv } from '../stats/download-csv';

/** A report's failure, shown, and its progress, read out to screen readers. */
export function ReportStatus({
  error,
  loading,
  shown,
  words,
}: {
  error: string | null;
  loading: boolean;
  shown: boolean;
  words: { loading: string; shown: string };
}) {
  return (
    <>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <p aria-live="polite" className="visually-hidden">
        {loading ? words.loading : shown ? words.shown : ''}
      </p>
    </>
  );
}

/** Export as CSV and print, left off the printed page itself. */
export function ExportAndPrint({
  label,
  fileName,
  csv,
}: {
  label: string;
  fileName: string;
  csv: () => string;
}) {
  return (
    <div className="button-row no-print">
      <button type="button" onClick={() => downloadCsv(fileName, csv())}>
        {label}
      </button>
      <button
        type="button"
        onClick={() => {
          recordOutput('printed', fileName.replace(/\.csv$/, ''));
          window.print();
        }}
      >
        Print the report
      </button>
    </div>
  );
}
