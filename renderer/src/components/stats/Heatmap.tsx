import type { StatsReport } from '../../../../shared/api/stats';
import { formatDay } from '../../format';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Demand by weekday and hour, for planning staff to the peaks (NeSDS standard 21). Every
 * cell shows its number; the shading only helps the eye find the peaks.
 */
export function Heatmap({ report }: { report: StatsReport }) {
  const busyHours = [...Array(24).keys()].filter((h) =>
    report.heatmap.some((day) => (day[h] ?? 0) > 0),
  );
  if (busyHours.length === 0) return <p>No contacts in these weeks.</p>;
  const hours = [...Array(busyHours.at(-1)! - busyHours[0]! + 1).keys()].map(
    (i) => i + busyHours[0]!,
  );
  const peak = Math.max(...report.heatmap.flat());
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="heatmap-caption">
      <table className="data-table heatmap" data-testid="heatmap">
        <caption id="heatmap-caption">
          Contacts by weekday and hour started, {formatDay(report.heatmapFrom)} to{' '}
          {formatDay(report.to)} (busiest: {peak.toLocaleString('en-GB')})
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {hours.map((h) => (
              <th scope="col" key={h}>
                {String(h).padStart(2, '0')}:00
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day, d) => (
            <tr key={day}>
              <th scope="row">{day}</th>
              {hours.map((h) => {
                const n = report.heatmap[d]?.[h] ?? 0;
                const level = peak === 0 ? 0 : Math.ceil((n / peak) * 4);
                return (
                  <td key={h} className={`heat-${level}`}>
                    {n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
