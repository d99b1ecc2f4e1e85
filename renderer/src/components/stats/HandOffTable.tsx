import type { StatsReport } from '../../../../shared/api/stats';
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
                  : `${t.label}: ${Math.round(t.achievedPercent)}% achieved ${t.met ? '✓ met' : '✗ missed'}`}
              </td>
              <td>
                {t.within} of {t.counted}
              </td>
              <td>
                {t.counted - t.within > 0 ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      onOpen({
                        drill: 'handOffs.missed',
                        key: row.standardId,
                        label: `Missed: ${row.name}`,
                      })
                    }
                  >
                    {t.counted - t.within}
                    <span className="visually-hidden"> missed, {row.name}: show them</span>
                  </button>
                ) : (
                  0
                )}
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
