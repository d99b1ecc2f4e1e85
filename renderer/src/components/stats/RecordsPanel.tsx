import { useEffect, useRef, useState } from 'react';
import type { StatsRecords } from '../../../../shared/api/stats';
import { allRecordRows, type RecordPage } from '../../stats/all-records';
import { fileNameOf, toCsv } from '../../stats/csv';
import { downloadCsv } from '../../stats/download-csv';

/** Rows shown on screen; the CSV carries every record, fetched a page at a time. */
const SHOWN = 200;

/** The records behind a figure, with their export; focus lands on the heading when opened. */
export function RecordsPanel({
  records,
  label,
  from,
  to,
  page,
  onClose,
}: {
  records: StatsRecords;
  label: string;
  from: string;
  to: string;
  /** The records from an offset on, for the export's later pages. */
  page: RecordPage;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), [records]);
  const shown = records.rows.slice(0, SHOWN);

  async function exportAll() {
    setExporting(`Gathering all ${records.total.toLocaleString('en-GB')} records…`);
    const rows = await allRecordRows(records, page);
    if (!rows.ok) return setExporting(`The records could not be exported: ${rows.error.message}`);
    setExporting(null);
    downloadCsv(fileNameOf(label, from, to), toCsv(records.columns, rows.value));
  }

  return (
    <section
      className="panel records-panel"
      aria-labelledby="records-heading"
      data-testid="records"
    >
      <h2 id="records-heading" tabIndex={-1} ref={heading}>
        {records.title}
      </h2>
      <p>
        {records.total.toLocaleString('en-GB')} {records.total === 1 ? 'record' : 'records'}
        {records.total > shown.length &&
          `; the first ${shown.length} shown here, and every one in the CSV`}
        .
      </p>
      <div className="button-row">
        <button type="button" disabled={exporting !== null} onClick={() => void exportAll()}>
          Export these records as CSV
        </button>
        <button type="button" onClick={onClose}>
          Close the records
        </button>
      </div>
      <p role="status">{exporting}</p>
      {shown.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="records-heading">
          <table className="data-table">
            <thead>
              <tr>
                {records.columns.map((c) => (
                  <th scope="col" key={c.key}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, i) => (
                <tr key={String(row.id ?? i)}>
                  {records.columns.map((c) => (
                    <td key={c.key}>{row[c.key] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
