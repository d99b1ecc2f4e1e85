import { useCallback, useEffect, useState } from 'react';
import type { NesdsEvidenceReport } from '../../../shared/api/nesds';
import { addCalendarDays, londonDateOf } from '../../../shared/time/london';
import { callApi } from '../api/client';
import { evidenceCsv } from '../components/nesds/evidence-csv';
import { EvidencePeriodForm } from '../components/nesds/EvidencePeriodForm';
import { gradeState, gradeText, nextText } from '../components/nesds/grade-words';
import { StandardCard } from '../components/nesds/StandardCard';
import { formatDay, formatTime } from '../format';
import { periodOf } from '../stats/periods';
import { fileNameOf } from '../stats/csv';
import { ExportAndPrint, ReportStatus } from '../components/ReportStatus';
import { FiguresSourceNote } from '../components/FiguresSourceNote';
import '../components/nesds/nesds.css';

/**
 * The contact-centre manager's self-assessment against the National e-Service Delivery
 * Standards: for a period, what the app's own records show for each standard it can
 * evidence, the grade that supports, and what the next grade needs.
 */
export function NesdsEvidence() {
  const today = londonDateOf(new Date());
  // A self-assessment looks back: the last whole month, unless another period is chosen.
  const lastMonth = addCalendarDays(`${today.slice(0, 8)}01`, -1);
  const [period, setPeriod] = useState(() => periodOf('month', lastMonth));
  const [report, setReport] = useState<NesdsEvidenceReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (next: { from: string; to: string }) => {
    setLoading(true);
    const result = await callApi('nesds.evidence', next);
    setLoading(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setReport(result.value);
  }, []);
  useEffect(() => void load(period), [period, load]);

  return (
    <section aria-labelledby="nesds-heading" className="nesds">
      <h1 id="nesds-heading">NeSDS evidence</h1>
      <p className="no-print">
        For the council’s self-assessment against the National e-Service Delivery Standards for
        customer services: what the app’s records show for each standard they can evidence, the
        grade that supports, and what the next grade still needs. What no record here can show
        (published reports, consultations, benchmarks with other councils) is listed for you to add
        from elsewhere.
      </p>
      <EvidencePeriodForm today={today} initialDate={lastMonth} onShow={setPeriod} />
      <ReportStatus
        error={error}
        loading={loading}
        shown={report !== null}
        words={{ loading: 'Gathering the evidence…', shown: 'Evidence shown.' }}
      />
      {report && (
        <>
          <header>
            <h2 data-testid="nesds-period">
              {report.councilName}: {formatDay(report.from)} to {formatDay(report.to)}
            </h2>
            <p>
              From the app’s records as at {formatTime(report.asOf)} on{' '}
              {formatDay(londonDateOf(report.asOf))}.
            </p>
            <FiguresSourceNote source={report.source} now={report.asOf} />
            <ExportAndPrint
              label="Export the evidence as CSV"
              fileName={fileNameOf('nesds evidence', report.from, report.to)}
              csv={() => evidenceCsv(report)}
            />
          </header>
          <table className="data-table nesds-summary" data-testid="nesds-summary">
            <caption>Grades the records support</caption>
            <thead>
              <tr>
                <th scope="col">Standard</th>
                <th scope="col">Grade the records support</th>
                <th scope="col">Next grade</th>
              </tr>
            </thead>
            <tbody>
              {report.standards.map((s) => (
                <tr key={s.number}>
                  <th scope="row">
                    <a href={`#nesds-standard-${s.number}`}>
                      {s.number}. {s.title}
                    </a>
                  </th>
                  <td
                    className={
                      gradeState(s) === 'met' ? 'good' : gradeState(s) === 'missed' ? 'bad' : ''
                    }
                  >
                    {gradeText(s)}
                  </td>
                  <td>{s.grades.length === 0 ? '' : nextText(s.next)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.standards.map((s) => (
            <StandardCard key={s.number} standard={s} />
          ))}
        </>
      )}
    </section>
  );
}
