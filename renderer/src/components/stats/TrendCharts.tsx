import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { StatsReport, TrendPoint } from '../../../../shared/api/stats';
import { formatValue } from '../../stats/format';

interface Series {
  key: keyof Omit<TrendPoint, 'date'>;
  name: string;
  dashed?: boolean;
}

interface Chart {
  id: string;
  title: string;
  unit: 'percent' | 'seconds' | 'count';
  series: Series[];
  target: number | null;
  targetLabel: string | null;
}

/** The targets' charts. A target line shows where the promise sits. */
function chartsOf(report: StatsReport): Chart[] {
  const target = (key: string) =>
    report.sections.flatMap((s) => s.figures).find((f) => f.key === key)?.target ?? null;
  return [
    {
      id: 'fcr',
      title: 'First-contact resolution',
      unit: 'percent',
      series: [
        { key: 'fcr', name: 'As recorded' },
        { key: 'fcrVerified', name: 'Verified (repeat contacts taken off)', dashed: true },
      ],
      target: report.targets.fcr,
      targetLabel: target('fcr.recorded'),
    },
    {
      id: 'waits',
      title: 'Visitors seen within the wait promise',
      unit: 'percent',
      series: [{ key: 'seenWithinLimit', name: 'Seen in time' }],
      target: report.targets.seenWithinLimit,
      targetLabel: target('wait.within'),
    },
    {
      id: 'asa',
      title: 'Average speed of answer',
      unit: 'seconds',
      series: [{ key: 'averageSpeedOfAnswer', name: 'Average seconds to answer' }],
      target: report.targets.averageSpeedOfAnswer,
      targetLabel: target('calls.asa'),
    },
    {
      id: 'letters',
      title: 'Letters and emails answered within the standard',
      unit: 'percent',
      series: [{ key: 'answeredWithinStandard', name: 'Answered in time' }],
      target: report.targets.answeredWithinStandard,
      targetLabel: target('correspondence.within'),
    },
    {
      id: 'contacts',
      title: 'Contacts recorded',
      unit: 'count',
      series: [{ key: 'contacts', name: 'Contacts' }],
      target: null,
      targetLabel: null,
    },
  ];
}

const shortDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

function TrendChart({ chart, points }: { chart: Chart; points: TrendPoint[] }) {
  const tick = (v: number) =>
    chart.unit === 'percent'
      ? `${Math.round(v * 100)}%`
      : chart.unit === 'seconds'
        ? `${v} s`
        : String(v);
  return (
    <figure className="trend" data-testid={`trend-${chart.id}`}>
      <figcaption>
        <h4>{chart.title}</h4>
        {chart.targetLabel && (
          <p className="figure-detail">Target: {chart.targetLabel} (the grey line)</p>
        )}
      </figcaption>
      <div className="trend-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={200}>
          <LineChart
            accessibilityLayer={false}
            data={points}
            margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          >
            <CartesianGrid stroke="#d8d8d8" />
            <XAxis dataKey="date" tickFormatter={shortDate} minTickGap={16} />
            <YAxis
              tickFormatter={tick}
              domain={chart.unit === 'percent' ? [0, 1] : [0, 'auto']}
              width={48}
            />
            <Tooltip
              formatter={(value) =>
                formatValue(typeof value === 'number' ? value : null, chart.unit)
              }
            />
            <Legend />
            {chart.target !== null && (
              <ReferenceLine y={chart.target} stroke="#6f777b" strokeWidth={2} />
            )}
            {chart.series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.name}
                stroke={s.dashed ? '#123564' : '#1d4f91'}
                strokeDasharray={s.dashed ? '6 4' : undefined}
                strokeWidth={2}
                dot={points.length <= 31}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{chart.title}: the figures as a table</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              {chart.series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <th scope="row">{p.date}</th>
                {chart.series.map((s) => (
                  <td key={s.key}>{formatValue(p[s.key], chart.unit)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** A trend chart per target over the period (or the week to the day shown). */
export function TrendCharts({ report }: { report: StatsReport }) {
  return (
    <div className="trends">
      {chartsOf(report).map((chart) => (
        <TrendChart key={chart.id} chart={chart} points={report.trend} />
      ))}
    </div>
  );
}
