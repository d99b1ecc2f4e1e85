import { useState, type FormEvent } from 'react';
import type { QualityResults } from '../../../../shared/api';
import type { QualityResultLine } from '../../../../shared/quality/scores';
import { londonDateOf } from '../../../../shared/time/london';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { problemsOf } from '../complaints/problems';
import { ErrorSummary, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';
import { SiteSelect } from '../SiteSelect';
import { formatMonth, formatPercent, formatPeriod, lastSixMonths } from './quality-format';
import { FiguresSourceNote } from '../FiguresSourceNote';

function Line({ line, label }: { line: QualityResultLine; label: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{line.month ? formatMonth(line.month) : 'Whole period'}</td>
      <td>{line.contactsScored}</td>
      <td>{formatPercent(line.averageScore)}</td>
      {line.items.map((item) => (
        <td key={item.checklistItemId}>
          {formatPercent(item.metRate)}
          {item.met + item.notMet > 0 && (
            <span className="hint">
              {item.met} of {item.met + item.notMet}
            </span>
          )}
        </td>
      ))}
    </tr>
  );
}

/**
 * Quality results per adviser by month (NeSDS standard 19: quality constantly monitored):
 * contacts scored, the average score, and how often each point of the checklist was met.
 */
export function QualityResultsPanel() {
  const [results, setResults] = useState<QualityResults | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const period = lastSixMonths(londonDateOf(new Date()));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const siteId = textOf(data, 'siteId');
    const result = await callApi('quality.results', {
      from: textOf(data, 'from'),
      to: textOf(data, 'to'),
      ...(siteId ? { siteId } : {}),
    });
    if (!result.ok) {
      const found = problemsOf(result.error, ['from', 'to']);
      setErrors(found.fields);
      setProblems(found.problems);
      return;
    }
    setErrors({});
    setProblems([]);
    setResults(result.value);
  }

  return (
    <section aria-labelledby="quality-results-heading">
      <h2 id="quality-results-heading">Results by adviser and month</h2>
      <ErrorSummary title="The results could not be shown" problems={problems} idPrefix="results" />
      <form className="row-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Field id="results-from" label="First day" error={errors.from}>
          <input name="from" type="date" defaultValue={period.from} />
        </Field>
        <Field id="results-to" label="Last day" error={errors.to}>
          <input name="to" type="date" defaultValue={period.to} />
        </Field>
        <SiteSelect id="results-siteId" />
        <button type="submit" className="primary">
          Show the results
        </button>
      </form>
      {results && <FiguresSourceNote source={results.source} now={new Date().toISOString()} />}
      {results &&
        (results.council.contactsScored === 0 ? (
          <p role="status">
            No contacts from {formatPeriod(results.from, results.to)} have been scored yet.
          </p>
        ) : (
          // Focusable, so the keyboard can scroll a table wider than the window.
          <div className="table-scroll" role="region" aria-label="Quality results" tabIndex={0}>
            <table className="data-table quality-results" data-testid="quality-results">
              <caption>
                Quality scores for contacts from {formatPeriod(results.from, results.to)}. A
                contact’s score is the points met out of those that applied; a dash means the point
                applied to none of the contacts scored.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Adviser</th>
                  <th scope="col">Month</th>
                  <th scope="col">Contacts scored</th>
                  <th scope="col">Average score</th>
                  {results.checklist.map((point) => (
                    <th scope="col" key={point.id}>
                      {point.text}
                      {!point.active && ' (retired)'}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {results.byAdviser.map((line) => (
                  <Line
                    key={`${line.staffId}-${line.month}`}
                    line={line}
                    label={line.adviserName!}
                  />
                ))}
                {results.councilByMonth.map((line) => (
                  <Line key={`all-${line.month}`} line={line} label="All advisers" />
                ))}
                <Line line={results.council} label="All advisers" />
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
