import type { QueueBoard, VisitView } from '../../../shared/api';
import { describeNeeds } from '../../../shared/domain/needs';
import { VISIT_STATE_LABELS } from '../../../shared/domain/visits';
import { formatTime } from '../format';
import { WaitBadge } from './WaitBadge';

interface Props {
  board: QueueBoard;
  sinceFetch: number;
  visits: VisitView[];
  caption: string;
  /** A button per row, e.g. "Call" at a desk or "Left" at reception. */
  actions?: (visit: VisitView) => React.ReactNode;
}

export function WaitingList({ board, sinceFetch, visits, caption, actions }: Props) {
  if (visits.length === 0) return <p>{caption}: nobody.</p>;
  return (
    <table className="data-table waiting-list">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ticket</th>
          <th scope="col">Name</th>
          <th scope="col">Service</th>
          <th scope="col">Needs and warnings</th>
          <th scope="col">Arrived</th>
          <th scope="col">Waiting</th>
          {actions && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {visits.map((v) => (
          <tr key={v.id} data-testid="visit-row" data-ticket={v.ticket}>
            <th scope="row" className="ticket">
              {v.ticket}
            </th>
            <td>{v.customerName ?? '–'}</td>
            <td>{v.serviceName}</td>
            <td>
              {v.warningMarkers.map((m) => (
                <strong key={m.kind} className="marker">
                  ⚠ {m.kind}: {m.reason}
                </strong>
              ))}
              {describeNeeds(v.needs).join(', ') || (v.warningMarkers.length === 0 ? '–' : '')}
            </td>
            <td>
              {formatTime(v.arrivedAt)}
              {v.appointmentAt && (
                <span className="hint">Appointment {formatTime(v.appointmentAt)}</span>
              )}
            </td>
            <td>
              {v.state === 'waiting' ? (
                <WaitBadge
                  seconds={v.waitSeconds + sinceFetch}
                  amberMinutes={board.amberMinutes}
                  limitMinutes={board.limitMinutes}
                />
              ) : (
                <span>
                  {VISIT_STATE_LABELS[v.state]}
                  {v.deskName ? ` at ${v.deskName}` : ''}
                </span>
              )}
            </td>
            {actions && <td className="row-actions-cell">{actions(v)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
