import type { HandOffView } from '../../../../shared/api';
import { HAND_OFF_STATUS_LABELS } from '../../../../shared/domain/hand-offs';
import { formatDay } from '../../format';
import { clockWords } from './hand-off-format';

/** Hand-offs ordered by when the department's answer is due, soonest first. */
export function HandOffList({
  handOffs,
  onOpen,
}: {
  handOffs: HandOffView[];
  onOpen: (handOff: HandOffView) => void;
}) {
  return (
    <table className="data-table hand-off-list">
      <caption className="visually-hidden">
        Hand-offs to departments, ordered by when the answer is due, soonest first
      </caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Customer</th>
          <th scope="col">Service and subject</th>
          <th scope="col">Department</th>
          <th scope="col">Answer due</th>
          <th scope="col">Clock</th>
          <th scope="col">Status</th>
          <th scope="col">Escalation</th>
        </tr>
      </thead>
      <tbody>
        {handOffs.map((h) => (
          <tr
            key={h.id}
            data-testid="hand-off-row"
            data-reference={h.reference}
            className={h.escalation ? 'needs-escalating' : undefined}
          >
            <th scope="row">
              <button
                type="button"
                className="link"
                data-hand-off-id={h.id}
                onClick={() => onOpen(h)}
              >
                {h.reference}
              </button>
            </th>
            <td>{h.customerName ?? 'No customer record'}</td>
            <td>
              {h.serviceName}
              <span className="hint">{h.subject}</span>
            </td>
            <td>
              {h.departmentName}
              {h.namedContact && <span className="hint">{h.namedContact}</span>}
            </td>
            <td>{h.dueDate ? formatDay(h.dueDate) : 'No due date'}</td>
            <td>
              <span className={`hand-off-clock clock-${h.clock ?? 'none'}`}>
                {clockWords(h.clock)}
              </span>
            </td>
            <td>{HAND_OFF_STATUS_LABELS[h.status]}</td>
            <td>
              {h.escalation ? (
                <strong className="escalation">
                  <span aria-hidden="true">⚠ </span>
                  {h.escalation}
                </strong>
              ) : (
                <span className="hint">None</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
