import { useEffect, useState } from 'react';
import type { VisitAwaitingContact } from '../../../shared/api';
import { callApi } from '../api/client';
import { formatTime } from '../format';
import { useAppStore } from '../store';

/**
 * Visits this adviser finished whose contact was never saved (the form was closed, the page
 * refreshed, or they signed out): each opens the contact form filled in from the visit again,
 * so no visit is left without its contact (issue 19, "nothing lost").
 */
export function VisitsAwaitingContact({ onOpen }: { onOpen?: () => void }) {
  const finishedVisit = useAppStore((s) => s.finishedVisit);
  const setFinishedVisit = useAppStore((s) => s.setFinishedVisit);
  const [visits, setVisits] = useState<VisitAwaitingContact[]>([]);

  // Read again whenever the open form changes: a saved contact takes its visit off the list.
  useEffect(() => {
    let current = true;
    void callApi('queue.awaitingContact', {}).then((r) => {
      if (current && r.ok) setVisits(r.value);
    });
    return () => {
      current = false;
    };
  }, [finishedVisit]);

  const waiting = visits.filter((v) => v.id !== finishedVisit?.id);
  if (waiting.length === 0) return null;
  return (
    <section className="panel notice" aria-labelledby="awaiting-contact-heading">
      <h2 id="awaiting-contact-heading">Visits waiting for their contact ({waiting.length})</h2>
      <p className="hint">You finished these visits but their contact was not saved.</p>
      <ul data-testid="awaiting-contact">
        {waiting.map((visit) => (
          <li key={visit.id}>
            <button
              type="button"
              onClick={() => {
                setFinishedVisit(visit);
                onOpen?.();
              }}
            >
              Record the contact for ticket {visit.ticket}
            </button>{' '}
            {visit.serviceName}
            {visit.customerName ? `, ${visit.customerName}` : ''}; finished at{' '}
            {formatTime(visit.closedAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}
