import type { StatsReport } from '../../../../shared/api/stats';
import { formatValue } from '../../stats/format';
import { CountButton } from './CountButton';
import type { OpenRecords } from './types';

/** Each agreed standard with every threshold shown: "87% within 3 working days: 91% achieved". */
export function HandOffTable({ report, onOpen }: { report: StatsReport; onOpen: OpenRecords }) {
  if (report.handOffs.length === 0)
    return <p>No hand-off reached or missed a limit of its standard in this period.</p>;
  return (
    <table className="data-table stat-table" data-testid="hand-off-standards">
      <caption>Hand-offs against their standards</caption>
      <thead>
        <tr>
          <th scope="col">Standard</th>
          <th scope="col">Threshold</th>
          <th scope="col">Achieved</th>
          <th scope="col">In time</th>
          <th scope="col">Missed</th>
        </tr>
      </thead>
      <tbody>
        {report.handOffs.flatMap((row) =>
          row.thresholds.map((t, i) => (
            <tr key={`${row.standardId}-${i}`}>
              {i === 0 && (
                <th scope="rowgroup" rowSpan={row.thresholds.length}>
                  {row.name}
                </th>
              )}
              <td>{t.label}</td>
              <td className={t.met === false ? 'bad' : t.met ? 'good' : ''}>
                {t.achievedPercent === null
                  ? 'None decided yet'
                  : `${t.label}: ${formatValue(t.achievedPercent / 100, 'percent', t.percent / 100)} achieved ${t.met ? '✓ met' : '✗ missed'}`}
              </td>
              <td>
                {t.within} of {t.counted}
              </td>
              <td>
                <CountButton
                  count={t.counted - t.within}
                  what={`missed, ${row.name}`}
                  request={{
                    drill: 'handOffs.missed',
                    key: row.standardId,
                    label: `Missed: ${row.name}`,
                  }}
                  onOpen={onOpen}
                />
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
