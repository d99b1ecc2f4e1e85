import { useEffect, useRef, useState } from 'react';
import type { HandOffView } from '../../../../shared/api';
import { mayUpdateHandOff } from '../../../../shared/api/access-rules';
import { HAND_OFF_STATUS_LABELS } from '../../../../shared/domain/hand-offs';
import { londonDateOf } from '../../../../shared/time/london';
import { formatDay, formatTime } from '../../format';
import { useAppStore } from '../../store';
import { CustomerSummaryBlock } from './CustomerSummaryBlock';
import { HandOffStatusForm } from './HandOffStatusForm';
import { ORIGIN_LABELS, clockWords } from './hand-off-format';

/** "Tuesday 1 December 2026 at 09:00", in London time. */
const when = (instant: string) => `${formatDay(londonDateOf(instant))} at ${formatTime(instant)}`;

/** One hand-off: every detail, what the customer is told, and the department's answer. */
export function HandOffDetail({
  handOff,
  onChanged,
  onClose,
}: {
  handOff: HandOffView;
  onChanged: (handOff: HandOffView) => void;
  onClose: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openCustomer = useAppStore((s) => s.openCustomer);
  const staff = useAppStore((s) => s.session!.staff);
  const [saved, setSaved] = useState<string | null>(null);
  // Keyboard and screen-reader users land on what they opened.
  useEffect(() => headingRef.current?.focus(), []);

  const h = handOff;
  return (
    <section className="panel hand-off-detail" aria-labelledby="hand-off-heading">
      <h2 id="hand-off-heading" tabIndex={-1} ref={headingRef}>
        {h.reference}: {h.subject}
      </h2>
      <p className={`hand-off-clock clock-${h.clock ?? 'none'}`} data-testid="hand-off-clock">
        {clockWords(h.clock)}
        {h.dueDate && ` (answer due by ${formatDay(h.dueDate)})`}
      </p>
      {h.escalation && (
        <p className="escalation escalation-banner" data-testid="hand-off-escalation">
          <span aria-hidden="true">⚠ </span>
          {h.escalation}
        </p>
      )}
      {saved && <p className="confirmation">✓ Saved: {saved}.</p>}
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="hand-off-status">
          {HAND_OFF_STATUS_LABELS[h.status]}
          <span className="hint">
            Since {when(h.statusAt)}
            {h.statusNote && `: ${h.statusNote}`}
          </span>
        </dd>
        <dt>Customer</dt>
        <dd>
          {h.customerName ?? 'No customer record'}
          {h.customerId && (
            <>
              {' '}
              <button type="button" className="link" onClick={() => openCustomer(h.customerId)}>
                Open the customer’s record
              </button>
            </>
          )}
        </dd>
        <dt>Service</dt>
        <dd>{h.serviceName}</dd>
        <dt>Department</dt>
        <dd>{h.departmentName}</dd>
        <dt>Named contact</dt>
        <dd>{h.namedContact ?? 'None named'}</dd>
        <dt>Escalate to</dt>
        <dd>{h.escalationContact ?? 'The department’s manager'}</dd>
        <dt>Standard</dt>
        <dd>{h.standardName ?? 'No standard: no due date'}</dd>
        <dt>Answer due</dt>
        <dd data-testid="hand-off-due">
          {h.dueDate ? `By the end of ${formatDay(h.dueDate)}` : 'No due date'}
        </dd>
        <dt>Handed off</dt>
        <dd>
          {when(h.createdAt)} by {h.createdByName}
        </dd>
        <dt>From</dt>
        <dd>{ORIGIN_LABELS[h.origin]}</dd>
        <dt>Details</dt>
        <dd className="hand-off-details">{h.details || 'None given'}</dd>
      </dl>
      <CustomerSummaryBlock summary={h.summary} reference={h.reference} />
      {h.status === 'resolved' ? (
        <p data-testid="hand-off-finished">
          Resolved on {when(h.statusAt)}: nothing more to record.
        </p>
      ) : !mayUpdateHandOff(staff, h) ? (
        // Only what the back end would accept (shared/api/access-rules.ts).
        <p className="hint" data-testid="hand-off-not-yours">
          {h.createdByName} made this hand-off, in another team: they or a team leader record the
          department’s answer.
        </p>
      ) : (
        <HandOffStatusForm
          key={h.status}
          handOff={h}
          onChanged={(next) => {
            setSaved(HAND_OFF_STATUS_LABELS[next.status]);
            onChanged(next);
          }}
        />
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Back to the hand-offs
        </button>
      </div>
    </section>
  );
}
