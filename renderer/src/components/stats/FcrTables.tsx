import type { FcrRow, StatsReport } from '../../../../shared/api/stats';
import { formatValue } from '../../stats/format';
import { CountButton } from './CountButton';
import type { OpenRecords } from './types';

const TABLES: {
  key: keyof StatsReport['fcr'];
  caption: string;
  breakdown: 'family' | 'channel' | 'service' | 'adviser';
}[] = [
  { key: 'family', caption: 'By channel family (NeSDS 1a to 1d)', breakdown: 'family' },
  { key: 'channel', caption: 'By channel', breakdown: 'channel' },
  { key: 'service', caption: 'By service', breakdown: 'service' },
  { key: 'adviser', caption: 'By adviser', breakdown: 'adviser' },
];

function mark(met: boolean | null): string {
  return met === null ? '' : met ? '✓ met' : '✗ missed';
}

/** FCR broken down, each row against the target, each row's misses one click away. */
export function FcrTables({ report, onOpen }: { report: StatsReport; onOpen: OpenRecords }) {
  return (
    <div className="stat-tables">
      {TABLES.map(({ key, caption, breakdown }) => {
        const rows: FcrRow[] = report.fcr[key];
        if (rows.length === 0) return null;
        return (
          <table className="data-table stat-table" key={key} data-testid={`fcr-${key}`}>
            <caption>First-contact resolution {caption.toLowerCase()}</caption>
            <thead>
              <tr>
                <th scope="col">{caption.replace(/^By /, '').replace(/ \(.*\)$/, '')}</th>
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
                    {formatValue(row.rate, 'percent')} {mark(row.met)}
                  </td>
                  <td className={row.verifiedMet === false ? 'bad' : row.verifiedMet ? 'good' : ''}>
                    {formatValue(row.verifiedRate, 'percent')} {mark(row.verifiedMet)}
                  </td>
                  <td>
                    <CountButton
                      count={row.completed - row.resolved}
                      what={`not resolved, ${row.label}`}
                      request={{
                        drill: 'fcr.notResolved',
                        breakdown,
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
