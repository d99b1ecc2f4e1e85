import type { TimelineEntry } from '../../../../shared/api';
import { formatDay, formatTime } from '../../format';
import { londonDateOf } from '../../../../shared/time/london';
import { VoidMark } from '../contacts/VoidMark';

const KIND_LABELS: Record<TimelineEntry['kind'], string> = {
  contact: 'Contact',
  visit: 'Visit',
  correspondence: 'Letter or email',
  hand_off: 'Hand-off',
  feedback: 'Complaint or feedback',
};

/** One table for open items or the whole history; every row says its kind in words. */
export function TimelineTable({
  entries,
  caption,
  testId,
}: {
  entries: TimelineEntry[];
  caption: string;
  testId: string;
}) {
  // An open item past its date says so in words wherever it is listed (issue 19).
  const today = londonDateOf(new Date());
  return (
    <table className="data-table timeline" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Kind</th>
          <th scope="col">What</th>
          <th scope="col">Where it stands</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr
            key={`${e.kind}-${e.id}`}
            data-testid={`${testId}-row`}
            className={e.voided ? 'voided' : undefined}
          >
            <td>
              {formatDay(londonDateOf(e.at))}
              <span className="hint">{formatTime(e.at)}</span>
            </td>
            <td>{KIND_LABELS[e.kind]}</td>
            <th scope="row">
              {e.title}
              {e.detail && <span className="hint">{e.detail}</span>}
              {/* Older than this desk keeps (issue 21): said in words where it came from. */}
              {e.fromServer && (
                <span className="hint" data-testid="from-server">
                  From the council server
                </span>
              )}
            </th>
            <td>
              {e.open && <span className="open-item">● Open: </span>}
              {e.status}
              {e.open &&
                e.dueDate &&
                (e.dueDate.slice(0, 10) < today ? (
                  <span className="overdue state-overdue" data-testid="overdue">
                    <span aria-hidden="true">⚠ </span>Overdue: was due by{' '}
                    {formatDay(e.dueDate.slice(0, 10))}
                  </span>
                ) : (
                  <span className="hint">Due by {formatDay(e.dueDate.slice(0, 10))}</span>
                ))}
              {/* A contact recorded in error: struck through, and "Void" with why, in words. */}
              {e.voided && (
                <>
                  {' '}
                  <VoidMark voided={e.voided} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
