import { useState, type FormEvent } from 'react';
import type { CorrespondenceFigures } from '../../../shared/api';
import { addCalendarDays, londonDateOf } from '../../../shared/time/london';
import { callApi } from '../api/client';
import { textOf } from '../form-data';
import { formatDay } from '../format';
import { useAppStore } from '../store';
import { Field } from './Field';
import { SiteSelect } from './SiteSelect';

/** The period's figures: "% fully answered within 10 working days" and what sits beside it. */
export function CorrespondenceFiguresPanel() {
  const today = londonDateOf(new Date());
  const reference = useAppStore((s) => s.reference);
  const [figures, setFigures] = useState<CorrespondenceFigures | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = await callApi('correspondence.figures', {
      from: textOf(data, 'from'),
      to: textOf(data, 'to'),
    });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setFigures(result.value);
  }

  const share = figures?.shareWithinStandard;
  return (
    <section className="panel" aria-labelledby="corr-figures-heading">
      <h2 id="corr-figures-heading">Figures for a period</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="row-form">
        <Field id="figures-from" label="From">
          <input name="from" type="date" defaultValue={`${today.slice(0, 8)}01`} />
        </Field>
        <Field id="figures-to" label="To">
          <input name="to" type="date" defaultValue={addCalendarDays(today, 0)} />
        </Field>
        <SiteSelect id="figures-siteId" />
        <Field id="figures-serviceId" label="Service">
          <select name="serviceId" defaultValue="">
            <option value="">All services</option>
            {reference?.services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit">Show figures</button>
      </form>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {figures && (
        <dl className="figures" data-testid="corr-figures">
          <div>
            <dt>Received</dt>
            <dd>{figures.received}</dd>
          </div>
          <div>
            <dt>Fully answered</dt>
            <dd>{figures.closed}</dd>
          </div>
          <div>
            <dt>Answered within the standard</dt>
            <dd data-testid="share-within">
              {share === null || share === undefined
                ? 'none answered yet'
                : `${Math.round(share * 100)}% (${figures.answeredWithinStandard} of ${figures.closed})`}
            </dd>
          </div>
          <div>
            <dt>Average working days to respond</dt>
            <dd>
              {figures.averageWorkingDaysToRespond === null
                ? '–'
                : figures.averageWorkingDaysToRespond.toFixed(1)}
            </dd>
          </div>
          <div>
            <dt>Overdue now</dt>
            <dd>{figures.overdueNow}</dd>
          </div>
          <div>
            <dt>Holding replies sent</dt>
            <dd>{figures.holdingRepliesSent}</dd>
          </div>
          <div>
            <dt>Redirects</dt>
            <dd>
              {figures.redirectsByDepartment.length === 0
                ? 'None'
                : figures.redirectsByDepartment
                    .map((r) => `${r.departmentName}: ${r.count}`)
                    .join(', ')}
            </dd>
          </div>
          <div>
            <dt>Period</dt>
            <dd>
              {formatDay(figures.from)} to {formatDay(figures.to)}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
