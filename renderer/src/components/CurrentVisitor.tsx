import { useState } from 'react';
import type { VisitView } from '../../../shared/api';
import type { VisitAction } from '../../../shared/domain/visits';
import { describeNeeds } from '../../../shared/domain/needs';
import { VISIT_STATE_LABELS } from '../../../shared/domain/visits';
import { formatDuration, formatTime } from '../format';
import { useAppStore } from '../store';

interface Props {
  visit: VisitView;
  act: (action: VisitAction, serviceId?: string) => Promise<void>;
}

/** The visitor called to or being served at my desk, with what I can do next. */
export function CurrentVisitor({ visit, act }: Props) {
  const reference = useAppStore((s) => s.reference);
  const [secondService, setSecondService] = useState('');
  const needs = describeNeeds(visit.needs);
  return (
    <section className="current-visitor panel" aria-labelledby="current-heading">
      <h2 id="current-heading">
        Ticket <span className="ticket">{visit.ticket}</span>: {VISIT_STATE_LABELS[visit.state]}
      </h2>
      {visit.warningMarkers.map((m) => (
        <p key={m.kind} className="marker-banner" role="alert">
          ⚠ Warning marker: {m.kind}. {m.reason} (review by {m.reviewDate})
        </p>
      ))}
      <dl className="facts">
        <dt>Name</dt>
        <dd>{visit.customerName ?? 'Not given'}</dd>
        <dt>Service</dt>
        <dd>{visit.serviceName}</dd>
        <dt>Needs</dt>
        <dd>{needs.length > 0 ? needs.join(', ') : 'None recorded'}</dd>
        <dt>Arrived</dt>
        <dd>
          {formatTime(visit.arrivedAt)}
          {visit.appointmentAt && ` (appointment ${formatTime(visit.appointmentAt)})`}
        </dd>
        <dt>{visit.firstSeenAt ? 'Waited before being seen' : 'Waiting so far'}</dt>
        <dd>{formatDuration(visit.waitSeconds)}</dd>
      </dl>
      <div className="actions">
        {visit.state === 'called' && (
          <>
            <button type="button" className="primary" onClick={() => void act('start')}>
              Start serving <kbd>Alt+S</kbd>
            </button>
            <button type="button" onClick={() => void act('call')}>
              Call again ({visit.callCount} so far)
            </button>
            <button type="button" onClick={() => void act('no_show')}>
              Did not answer
            </button>
            <button type="button" onClick={() => void act('left')}>
              Left without being seen
            </button>
            <button type="button" onClick={() => void act('return')}>
              Back to the queue
            </button>
          </>
        )}
        {visit.state === 'in_service' && (
          <>
            <button type="button" className="primary" onClick={() => void act('finish')}>
              Finish and record the contact <kbd>Alt+F</kbd>
            </button>
            <button type="button" onClick={() => void act('hold')}>
              Put on hold (stepped away)
            </button>
          </>
        )}
      </div>
      {visit.state === 'in_service' && (
        <div className="second-service">
          <label htmlFor="second-service">Second service, handled after this one</label>
          <select
            id="second-service"
            value={secondService}
            onChange={(e) => setSecondService(e.target.value)}
          >
            <option value="">Choose the service…</option>
            {reference?.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void act('requeue', secondService)}>
            Send back to the queue for it
          </button>
        </div>
      )}
    </section>
  );
}
