import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppointmentView } from '../../../shared/api';
import { londonDateOf } from '../../../shared/time/london';
import { callApi } from '../api/client';
import { AppointmentsPanel } from '../components/AppointmentsPanel';
import { CheckInForm } from '../components/CheckInForm';
import { QueueSummary } from '../components/QueueSummary';
import { WaitFiguresTable } from '../components/WaitFiguresTable';
import { WaitingList } from '../components/WaitingList';
import { useLiveBoard } from '../hooks/useLiveBoard';
import { useShortcuts } from '../hooks/useShortcuts';
import { useAppStore } from '../store';
import { OfflineQueueNote } from './sync/OfflineQueueNote';
import { DeskStates } from '../components/DeskStates';

/** Reception at a One Stop Shop: check-in, the live waiting list, appointments, today's figures. */
export function Reception() {
  const { board, sinceFetch } = useLiveBoard();
  const queueCall = useAppStore((s) => s.queueCall);
  const [appointments, setAppointments] = useState<AppointmentView[]>([]);
  const [error, setError] = useState<string | null>(null);

  const loadAppointments = useCallback(() => {
    void callApi('appointments.list', { date: londonDateOf(new Date()) }).then(
      (r) => r.ok && setAppointments(r.value),
    );
  }, []);
  useEffect(loadAppointments, [loadAppointments]);
  useShortcuts(
    useMemo(() => ({ c: () => document.getElementById('checkin-appointmentId')?.focus() }), []),
  );

  if (!board) return <p aria-busy="true">Loading the queue…</p>;

  async function markLeft(visitId: string) {
    const { error: problem } = await queueCall(() =>
      callApi('queue.act', { visitId, action: 'left' }),
    );
    setError(problem?.message ?? null);
  }

  return (
    <div className="reception">
      <h1>Reception: {board.site.name}</h1>
      <QueueSummary board={board} sinceFetch={sinceFetch} />
      <OfflineQueueNote />
      <CheckInForm appointments={appointments} onAppointmentsChanged={loadAppointments} />
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Waiting list</h2>
        <WaitingList
          board={board}
          sinceFetch={sinceFetch}
          visits={board.waiting}
          caption="Waiting, longest effective wait first"
          actions={(v) => (
            <button type="button" onClick={() => void markLeft(v.id)}>
              Left<span className="visually-hidden"> without being seen: {v.ticket}</span>
            </button>
          )}
        />
        <WaitingList
          board={board}
          sinceFetch={sinceFetch}
          visits={board.active}
          caption="At a desk or stepped away"
        />
      </section>
      <DeskStates board={board} />
      <WaitFiguresTable board={board} sinceFetch={sinceFetch} />
      <AppointmentsPanel appointments={appointments} onChanged={loadAppointments} />
    </div>
  );
}
