import { useCallback, useEffect, useState } from 'react';
import type { Figure, StatsRecords, StatsReport, StatsScope } from '../../../shared/api/stats';
import { londonDateOf } from '../../../shared/time/london';
import { callApi } from '../api/client';
import { CallHoursTable } from '../components/stats/CallHoursTable';
import { FcrTables } from '../components/stats/FcrTables';
import { FigureCard } from '../components/stats/FigureCard';
import { HandOffTable } from '../components/stats/HandOffTable';
import { Heatmap } from '../components/stats/Heatmap';
import { RecordsPanel } from '../components/stats/RecordsPanel';
import { ScopeForm } from '../components/stats/ScopeForm';
import { TrendCharts } from '../components/stats/TrendCharts';
import type { RecordsRequest } from '../components/stats/types';
import { VolumeTables } from '../components/stats/VolumeTables';
import { formatDay, formatTime } from '../format';
import { fileNameOf } from '../stats/csv';
import { ExportAndPrint, ReportStatus } from '../components/ReportStatus';
import { FiguresSourceNote } from '../components/FiguresSourceNote';
import { reportCsv } from '../stats/report-csv';
import '../stats/stats.css';

/** A day still running is refreshed this often. */
const LIVE_REFRESH_MS = 60_000;

function periodTitle(report: StatsReport): string {
  return report.from === report.to
    ? formatDay(report.from)
    : `${formatDay(report.from)} to ${formatDay(report.to)}`;
}

/** The team leader's screen: how did we do, and where did we miss? */
export function Stats() {
  const today = londonDateOf(new Date());
  const [scope, setScope] = useState<StatsScope>({ from: today, to: today });
  const [report, setReport] = useState<StatsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [records, setRecords] = useState<{ request: RecordsRequest; value: StatsRecords } | null>(
    null,
  );

  const load = useCallback(async (next: StatsScope) => {
    setLoading(true);
    const result = await callApi('stats.report', next);
    setLoading(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setReport(result.value);
  }, []);

  useEffect(() => {
    void load(scope);
  }, [scope, load]);

  useEffect(() => {
    if (!report?.live) return;
    const timer = setInterval(() => void load(scope), LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [report?.live, scope, load]);

  /** A page of the records behind a figure; the first is shown, the export reads them all. */
  const recordsPage = (request: RecordsRequest, offset: number) =>
    callApi('stats.records', {
      scope,
      drill: request.drill,
      ...(request.breakdown ? { breakdown: request.breakdown } : {}),
      ...(request.key ? { key: request.key } : {}),
      ...(offset > 0 ? { offset } : {}),
    });

  async function openRecords(request: RecordsRequest) {
    const result = await recordsPage(request, 0);
    if (!result.ok) return setError(result.error.message);
    setRecords({ request, value: result.value });
  }

  const openFigure = (figure: Figure) => {
    if (!figure.drill) return;
    const standardId = figure.key.startsWith('handOffs.') ? figure.key.split('.')[1] : undefined;
    void openRecords({
      drill: figure.drill,
      ...(standardId ? { key: standardId } : {}),
      label: figure.label,
    });
  };

  return (
    <section aria-labelledby="stats-heading" className="stats">
      <h1 id="stats-heading">Daily stats</h1>
      <ScopeForm
        today={today}
        onShow={(next) => {
          setRecords(null);
          setScope(next);
        }}
      />
      <ReportStatus
        error={error}
        loading={loading}
        shown={report !== null}
        words={{ loading: 'Working out the figures…', shown: 'Figures shown.' }}
      />
      {report && (
        <>
          <header className="stats-header">
            <h2 data-testid="stats-period">
              {periodTitle(report)}: {report.scopeLabel}
            </h2>
            <p>
              {report.live
                ? `Live: figures so far at ${formatTime(report.asOf)}, refreshed every minute.`
                : `Figures for the whole ${report.from === report.to ? 'day' : 'period'}.`}{' '}
              Verified FCR can still fall until {formatDay(report.repeatWindowClosesOn)}, when the
              7-day repeat window closes.
            </p>
            <FiguresSourceNote source={report.source} now={report.asOf} />
            <ExportAndPrint
              label="Export the figures as CSV"
              fileName={fileNameOf(`stats ${report.scopeLabel}`, report.from, report.to)}
              csv={() => reportCsv(report)}
            />
          </header>
          {records && (
            <RecordsPanel
              records={records.value}
              label={records.request.label}
              from={report.from}
              to={report.to}
              page={(offset) => recordsPage(records.request, offset)}
              onClose={() => {
                setRecords(null);
                document.getElementById('stats-heading')?.focus();
              }}
            />
          )}
          {report.sections.map((section) => (
            <section
              key={section.id}
              className="stat-section"
              aria-labelledby={`section-${section.id}`}
            >
              <h3 id={`section-${section.id}`}>{section.title}</h3>
              <p className="figure-detail">{section.definition}</p>
              {section.figures.length > 0 && (
                <ul className="stat-grid">
                  {section.figures.map((f) => (
                    <FigureCard key={f.key} figure={f} onOpen={openFigure} />
                  ))}
                </ul>
              )}
              {section.id === 'fcr' && (
                <FcrTables report={report} onOpen={(r) => void openRecords(r)} />
              )}
              {section.id === 'telephone' && <CallHoursTable report={report} />}
              {section.id === 'handOffs' && (
                <HandOffTable report={report} onOpen={(r) => void openRecords(r)} />
              )}
              {section.id === 'volume' && (
                <>
                  <VolumeTables report={report} onOpen={(r) => void openRecords(r)} />
                  <h4>Demand by weekday and hour (for staffing, NeSDS standard 21)</h4>
                  <Heatmap report={report} />
                </>
              )}
            </section>
          ))}
          <section className="stat-section" aria-labelledby="trend-heading">
            <h3 id="trend-heading">
              Trend
              {report.from === report.to ? ' over the week to this day' : ' over the period'}
            </h3>
            <TrendCharts report={report} />
          </section>
        </>
      )}
    </section>
  );
}
