import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { SurveyFigures } from '../../../../shared/api';
import { londonDateOf } from '../../../../shared/time/london';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { formatDay } from '../../format';
import { FiguresSourceNote } from '../FiguresSourceNote';
import { fileNameOf, toCsv } from '../../stats/csv';
import { downloadCsv } from '../../stats/download-csv';
import { sourceWords } from '../../stats/source-words';
import { periodOf } from '../../stats/periods';
import { Field } from '../Field';
import { SiteSelect } from '../SiteSelect';
import { averageText, countText, CSV_COLUMNS, figuresCsvRows, percentText } from './survey-format';
import { SurveyTables } from './SurveyTables';

type Period = { from: string; to: string; siteId?: string };

/**
 * A period's satisfaction for team leaders (NeSDS standard 17): the overall figures, the
 * same segmented by channel, service, site and customer type, and month by month.
 */
export function SurveyResults({ refreshKey }: { refreshKey: number }) {
  const month = periodOf('month', londonDateOf(new Date()));
  const [period, setPeriod] = useState<Period>(month);
  const [figures, setFigures] = useState<SurveyFigures | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const load = useCallback((wanted: Period) => {
    void callApi('surveys.figures', wanted).then((r) => {
      if (!r.ok) return setErrors(r.error.fields ?? { from: r.error.message });
      setErrors({});
      setFigures(r.value);
    });
  }, []);
  useEffect(() => load(period), [load, period, refreshKey]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const from = textOf(data, 'from');
    const to = textOf(data, 'to');
    const problems: Record<string, string> = {};
    if (!from) problems.from = 'Enter the first day, for example 1 11 2026.';
    if (!to) problems.to = 'Enter the last day, for example 30 11 2026.';
    if (Object.keys(problems).length > 0) return setErrors(problems);
    const siteId = textOf(data, 'siteId');
    setPeriod({ from, to, ...(siteId ? { siteId } : {}) });
  }

  function download() {
    if (!figures) return;
    // Where the figures came from travels with them (issue 23).
    const source = sourceWords(figures.source, new Date().toISOString());
    const rows = figuresCsvRows(figures);
    const csv = toCsv(
      CSV_COLUMNS,
      source ? [{ breakdown: 'Source', group: source }, ...rows] : rows,
    );
    downloadCsv(fileNameOf('satisfaction surveys', figures.from, figures.to), csv);
  }

  const o = figures?.overall;
  return (
    <section className="panel survey-figures" aria-labelledby="survey-results-heading">
      <h2 id="survey-results-heading">Results</h2>
      <form className="row-form" onSubmit={onSubmit} noValidate aria-label="Which results">
        <Field id="survey-from" label="From" error={errors.from}>
          <input name="from" type="date" defaultValue={month.from} />
        </Field>
        <Field id="survey-to" label="To" error={errors.to}>
          <input name="to" type="date" defaultValue={month.to} />
        </Field>
        <SiteSelect id="survey-site" />
        <button type="submit">Show the results</button>
      </form>
      <p className="hint" id="survey-counting">
        Each survey counts in the period of the contact it asks about (the contact’s date), not the
        day the answer came in. Satisfied means rated 4 (satisfied) or 5 (very satisfied).
      </p>
      {figures && o && (
        <>
          <h3 data-testid="survey-period">
            {figures.from === figures.to
              ? formatDay(figures.from)
              : `${formatDay(figures.from)} to ${formatDay(figures.to)}`}
          </h3>
          <FiguresSourceNote source={figures.source} now={new Date().toISOString()} />
          <dl className="overall" data-testid="survey-overall">
            <div>
              <dt>Responses</dt>
              <dd data-testid="overall-responses">
                {countText(o.responses)}
                <span className="detail">
                  {countText(o.askedResponses)} asked with the customer, {countText(o.sentReplies)}{' '}
                  {o.sentReplies === 1 ? 'reply to a sent survey' : 'replies to sent surveys'}
                </span>
              </dd>
            </div>
            <div>
              <dt>Average rating</dt>
              <dd data-testid="overall-average">
                {o.averageRating === null ? 'None yet' : `${averageText(o.averageRating)} of 5`}
              </dd>
            </div>
            <div>
              <dt>Satisfied (rated 4 or 5)</dt>
              <dd data-testid="overall-satisfied">
                {o.responses === 0 ? 'None yet' : percentText(o.satisfiedRate)}
                <span className="detail">
                  {countText(o.satisfied)} of {countText(o.responses)} responses
                </span>
              </dd>
            </div>
            <div>
              <dt>Said we could not reasonably have done more</dt>
              <dd data-testid="overall-done-more">
                {o.responses === 0 ? 'None yet' : percentText(o.couldNotHaveDoneMoreRate)}
                <span className="detail">
                  {countText(o.couldNotHaveDoneMore)} of {countText(o.responses)} said no;{' '}
                  {countText(o.doneMoreAnswers.not_sure)} not sure
                </span>
              </dd>
            </div>
            <div>
              <dt>Response rate to sent surveys</dt>
              <dd data-testid="overall-response-rate">
                {o.sent === 0 ? 'None sent' : percentText(o.responseRate)}
                <span className="detail">
                  {countText(o.sentReplies)} of {countText(o.sent)} sent came back
                </span>
              </dd>
            </div>
          </dl>
          <button type="button" onClick={download}>
            Download as CSV
          </button>
          <SurveyTables figures={figures} />
        </>
      )}
    </section>
  );
}
