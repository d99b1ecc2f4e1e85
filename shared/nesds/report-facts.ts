// The NeSDS evidence taken from the period's stats report, so the evidence report and the
// daily stats screen give the same figures for FCR (standard 2), response times (3), demand
// (21) and hand-offs against their standards (22).
import type { Figure, StatsReport } from '../api/stats';
import { formatValue } from '../metrics/figure-format';
import { WEEKDAYS, WEEKDAY_LABELS } from '../time/opening-hours';
import type { EvidenceFacts, RateRow, ReportedFigure } from './facts';

/** Standard 3's response figure for each channel family, by the stats report's key. */
const RESPONSE_FIGURES: [key: string, label: string][] = [
  ['calls.asa', '3a Telephone: average speed of answer'],
  ['calls.abandoned', '3a Telephone: abandoned calls'],
  ['wait.within', '3b Face to face: seen within the wait promise'],
  ['correspondence.within', '3c and 3d Email, web form and post: answered within the standard'],
  ['correspondence.overdue', '3c and 3d Email, web form and post: overdue at the end'],
];

function figureOf(report: StatsReport, key: string): Figure | undefined {
  return report.sections.flatMap((s) => s.figures).find((f) => f.key === key);
}

function reported(figure: Figure, label: string): ReportedFigure {
  if (figure.value === null && figure.notKnownWhy !== null)
    return { label, value: figure.notKnownWhy, target: figure.target, met: null };
  const value = formatValue(figure.value, figure.unit, figure.targetShare ?? null);
  return {
    label,
    value: figure.detail ? `${value} (${figure.detail})` : value,
    target: figure.target,
    met: figure.met,
  };
}

const rates = (rows: StatsReport['fcr']['service']): RateRow[] =>
  rows.map((r) => ({ label: r.label, completed: r.completed, rate: r.verifiedRate }));

export function reportFacts(
  report: StatsReport,
): Pick<EvidenceFacts, 'fcr' | 'responseTimes' | 'peak' | 'handOffThresholds'> {
  const value = (key: string) => figureOf(report, key)?.value ?? null;
  let peak: EvidenceFacts['peak'] = null;
  report.heatmap.forEach((hours, day) =>
    hours.forEach((contacts, hour) => {
      if (contacts > 0 && (peak === null || contacts > peak.contacts))
        peak = { weekday: WEEKDAY_LABELS[WEEKDAYS[day]!], hour, contacts };
    }),
  );
  return {
    fcr: {
      target: report.targets.fcr,
      completed: value('fcr.completed') ?? 0,
      recorded: value('fcr.recorded'),
      verified: value('fcr.verified'),
      // Standard 2 (Excellent) asks for 80% in every service and channel: the verified rates.
      services: rates(report.fcr.service),
      channels: rates(report.fcr.channel),
    },
    responseTimes: RESPONSE_FIGURES.flatMap(([key, label]) => {
      const figure = figureOf(report, key);
      return figure ? [reported(figure, label)] : [];
    }),
    peak,
    handOffThresholds: report.handOffs.flatMap((row) =>
      row.thresholds.map((t) => ({
        text:
          t.achievedPercent === null
            ? `${row.name}: ${t.label}: none decided yet`
            : `${row.name}: ${t.label}: ${formatValue(t.achievedPercent / 100, 'percent', t.percent / 100)} achieved`,
        met: t.met,
      })),
    ),
  };
}
