import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { FeedbackFigures, FeedbackServiceFigures } from '../../../../shared/api';
import { londonDateOf } from '../../../../shared/time/london';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { Field } from '../Field';
import { formatMonth, isIsoMonth, monthBounds, previousMonth } from './feedback-format';

/** "2 of 3" replies on time; a dash when there were none to answer. */
function ofAnswered(onTime: number, answered: number): string {
  return answered === 0 ? '–' : `${onTime} of ${answered}`;
}

function FiguresRow({ row, total }: { row: FeedbackServiceFigures; total?: boolean }) {
  return (
    <tr data-testid={total ? 'figures-total' : 'figures-row'} data-service={row.serviceName}>
      <th scope="row">{row.serviceName}</th>
      <td>{row.complaints}</td>
      <td>{row.compliments}</td>
      <td>{row.comments}</td>
      <td>{ofAnswered(row.stage1OnTime, row.stage1Answered)}</td>
      <td>{row.stage2}</td>
      <td>{ofAnswered(row.stage2OnTime, row.stage2Answered)}</td>
      <td>{row.ombudsman}</td>
      <td>{row.upheld}</td>
    </tr>
  );
}

/**
 * A month's complaints, compliments and comments by service, counted by the date received
 * (the default is last month, the one a monthly report is about).
 */
export function FeedbackFiguresPanel({ refreshKey }: { refreshKey: number }) {
  const [month, setMonth] = useState(() => previousMonth(londonDateOf(new Date())));
  const [figures, setFigures] = useState<FeedbackFigures | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback((wanted: string) => {
    if (!isIsoMonth(wanted)) return setError('Enter a month, for example November 2026.');
    void callApi('feedback.figures', monthBounds(wanted)).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setMonth(wanted);
      setFigures(r.value);
    });
  }, []);
  // On opening, and again whenever something is logged, for the month on show.
  useEffect(() => load(month), [load, refreshKey]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    load(textOf(new FormData(event.currentTarget), 'month'));
  }

  const name = formatMonth(month);
  return (
    <section className="panel feedback-figures" aria-labelledby="feedback-figures-heading">
      <h2 id="feedback-figures-heading">Monthly figures by service</h2>
      <form onSubmit={onSubmit} noValidate className="row-form">
        <Field
          id="figures-month"
          label="Month"
          hint="Counted by the date each item was received."
          error={error ?? undefined}
        >
          <input name="month" type="month" defaultValue={month} />
        </Field>
        <button type="submit">Show figures</button>
      </form>
      {figures && figures.byService.length === 0 && (
        <p data-testid="figures-empty">Nothing was received in {name}.</p>
      )}
      {figures && figures.byService.length > 0 && (
        // Scrolls sideways in a narrow window; focusable so the keyboard can scroll it too.
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="feedback-figures-caption"
          tabIndex={0}
        >
          <table className="data-table figures-by-service" data-testid="feedback-figures">
            <caption id="feedback-figures-caption">
              Complaints, compliments and comments received in {name}, by service
            </caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Complaints</th>
                <th scope="col">Compliments</th>
                <th scope="col">Comments</th>
                <th scope="col">Stage 1 replies on time</th>
                <th scope="col">Escalated to stage 2</th>
                <th scope="col">Stage 2 replies on time</th>
                <th scope="col">Went to the ombudsman</th>
                <th scope="col">Upheld or partly upheld</th>
              </tr>
            </thead>
            <tbody>
              {figures.byService.map((row) => (
                <FiguresRow key={row.serviceName} row={row} />
              ))}
            </tbody>
            <tfoot>
              <FiguresRow row={figures.total} total />
            </tfoot>
          </table>
        </div>
      )}
      {figures && figures.byService.length > 0 && (
        <p className="hint">
          “2 of 3” on time means 2 of the 3 replies sent at that stage were sent by the due date;
          “–” means no replies were sent. Stages are counted in the month the complaint was
          received.
        </p>
      )}
    </section>
  );
}
