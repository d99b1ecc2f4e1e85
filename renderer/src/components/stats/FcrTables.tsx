import type { FcrRow, StatsReport } from '../../../../shared/api/stats';
import { formatValue } from '../../stats/format';
import { CountButton } from './CountButton';
import type { OpenRecords } from './types';

/** Each breakdown: the report's rows, and the drill-down's breakdown, share one key. */
const TABLES: { key: keyof StatsReport['fcr']; caption: string; heading: string }[] = [
  { key: 'family', caption: 'by channel family (NeSDS 1a to 1d)', heading: 'Channel family' },
  { key: 'channel', caption: 'by channel', heading: 'Channel' },
  { key: 'service', caption: 'by service', heading: 'Service' },
  { key: 'adviser', caption: 'by adviser', heading: 'Adviser' },
];

function mark(met: boolean | null): string {
  return met === null ? '' : met ? '✓ met' : '✗ missed';
}

/** FCR broken down, each row against the target, each row's misses one click away. */
export function FcrTables({ report, onOpen }: { report: StatsReport; onOpen: OpenRecords }) {
  return (
    <div className="stat-tables">
      {TABLES.map(({ key, caption, heading }) => {
        const rows: FcrRow[] = report.fcr[key];
        if (rows.length === 0) return null;
        return (
          <table className="data-table stat-table" key={key} data-testid={`fcr-${key}`}>
            <caption>First-contact resolution {caption}</caption>
            <thead>
              <tr>
                <th scope="col">{heading}</th>
                <th scope="col">Completed</th>
                <th scope="col">Recorded FCR</th>
                <th scope="col">Verified FCR</th>
                <th scope="col">Not resolved</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.completed.toLocaleString('en-GB')}</td>
                  <td className={row.met === false ? 'bad' : row.met ? 'good' : ''}>
                    {formatValue(row.rate, 'percent', report.targets.fcr)} {mark(row.met)}
                  </td>
                  <td className={row.verifiedMet === false ? 'bad' : row.verifiedMet ? 'good' : ''}>
                    {formatValue(row.verifiedRate, 'percent', report.targets.fcr)}{' '}
                    {mark(row.verifiedMet)}
                  </td>
                  <td>
                    <CountButton
                      count={row.completed - row.resolved}
                      what={`not resolved, ${row.label}`}
                      request={{
                        drill: 'fcr.notResolved',
                        breakdown: key,
                        key: row.key,
                        label: `Not resolved: ${row.label}`,
                      }}
                      onOpen={onOpen}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
