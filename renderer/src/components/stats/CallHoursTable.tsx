import type { StatsReport } from '../../../../shared/api/stats';
import { formatValue } from '../../stats/format';

/** Calls hour by hour (London time), for staffing the phones against the 30-second promise. */
export function CallHoursTable({ report }: { report: StatsReport }) {
  if (report.callsByHour.length === 0) return null;
  const target = report.targets.averageSpeedOfAnswer;
  return (
    <table className="data-table stat-table" data-testid="calls-by-hour">
      <caption>
        Calls by hour of the day (target: answered in an average of {target} seconds)
      </caption>
      <thead>
        <tr>
          <th scope="col">Hour</th>
          <th scope="col">Answered</th>
          <th scope="col">Abandoned</th>
          <th scope="col">Average speed of answer</th>
        </tr>
      </thead>
      <tbody>
        {report.callsByHour.map((row) => (
          <tr key={row.hour}>
            <th scope="row">
              {String(row.hour).padStart(2, '0')}:00 to {String(row.hour + 1).padStart(2, '0')}:00
            </th>
            <td>{row.answered}</td>
            <td>
              {row.abandoned === null
                ? 'Not known (no switch records)'
                : `${row.abandoned} (${formatValue(row.abandonedShare, 'percent')})`}
            </td>
            <td className={row.met === false ? 'bad' : row.met ? 'good' : ''}>
              {row.averageSpeedOfAnswer === null
                ? 'None answered'
                : `${formatValue(row.averageSpeedOfAnswer, 'seconds')} ${row.met ? '✓ met' : '✗ missed'}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
