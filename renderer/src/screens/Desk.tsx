import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { ContactRecord, VisitView } from '../../../shared/api';
import type { VisitAction } from '../../../shared/domain/visits';
import { londonTimeOf } from '../../../shared/time/london';
import { callApi } from '../api/client';
import { ContactForm } from '../components/ContactForm';
import { CurrentVisitor } from '../components/CurrentVisitor';
import { Field } from '../components/Field';
import { HandOffForm } from '../components/hand-offs/HandOffForm';
import { QueueSummary } from '../components/QueueSummary';
import { VisitsAwaitingContact } from '../components/VisitsAwaitingContact';
import { WaitingList } from '../components/WaitingList';
import { useLiveBoard } from '../hooks/useLiveBoard';
import { useShortcuts } from '../hooks/useShortcuts';
import { useAppStore } from '../store';
import { OfflineQueueNote } from './sync/OfflineQueueNote';

/** An adviser's desk: open it, call the next visitor, serve, and record the contact. */
export function Desk() {
  const { board, sinceFetch } = useLiveBoard();
  const session = useAppStore((s) => s.session)!;
  const reference = useAppStore((s) => s.reference);
  const queueCall = useAppStore((s) => s.queueCall);
  const finishedVisit = useAppStore((s) => s.finishedVisit);
  const setFinishedVisit = useAppStore((s) => s.setFinishedVisit);
  const recordContact = useAppStore((s) => s.recordContact);
  const announce = useAppStore((s) => s.announce);
  const [error, setError] = useState<string | null>(null);
  // A visit handed off goes on to the hand-off, so the customer leaves with the summary.
  const [handOff, setHandOff] = useState<ContactRecord | null>(null);

  const desk = board?.desks.find((d) => d.isOpen && d.staffId === session.staff.id) ?? null;
  const current = desk?.current ?? null;

  async function run(label: string, call: () => ReturnType<typeof callApi<'queue.act'>>) {
    const { value, error: problem } = await queueCall(call);
    setError(problem?.message ?? null);
    if (value) announce(`${label}: ticket ${value.ticket}.`);
    return value;
  }

  async function act(visit: VisitView, action: VisitAction, serviceId?: string) {
    const value = await run(action === 'call' ? 'Called' : 'Done', () =>
      callApi('queue.act', {
        visitId: visit.id,
        action,
        ...(desk ? { deskId: desk.id } : {}),
        ...(serviceId ? { serviceId } : {}),
      }),
    );
    if (value && action === 'finish') setFinishedVisit(value);
  }

  async function callNext() {
    if (!desk) return;
    await run('Called', () => callApi('queue.callNext', { deskId: desk.id }));
  }

  const shortcuts = useMemo(
    () => ({
      x: () => void callNext(),
      s: () => current?.state === 'called' && void act(current, 'start'),
      f: () => current?.state === 'in_service' && void act(current, 'finish'),
    }),
    [desk?.id, current?.id, current?.state],
  );
  useShortcuts(shortcuts);

  // Finishing a visit (Alt+F) opens its contact filled in: the cursor goes to the first thing
  // left to choose, so the adviser carries on by keyboard and Ctrl+Enter saves it.
  const contactShowing = finishedVisit !== null && board !== null;
  useEffect(() => {
    if (contactShowing) document.getElementById('visit-contact-interactionTypeId')?.focus();
  }, [contactShowing, finishedVisit?.id]);

  if (!board) return <p aria-busy="true">Loading the queue…</p>;

  async function openDesk(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = data.get('name');
    const serviceIds = data.getAll('serviceIds').filter((v): v is string => typeof v === 'string');
    const { error: problem } = await queueCall(() =>
      callApi('desks.open', { name: typeof name === 'string' ? name : '', serviceIds }),
    );
    setError(problem?.message ?? null);
  }

  const onHold = board.active.filter((v) => v.state === 'on_hold');
  return (
    <div className="desk">
      <h1>My desk{desk ? `: ${desk.name}` : ''}</h1>
      <QueueSummary board={board} sinceFetch={sinceFetch} />
      <OfflineQueueNote />
      {error && (
        <p role="alert" className="error-text" data-testid="desk-error">
          {error}
        </p>
      )}
      {finishedVisit && (
        <section className="panel" aria-labelledby="finish-heading">
          <h2 id="finish-heading">Record the contact for ticket {finishedVisit.ticket}</h2>
          <p className="hint">
            Filled in from the visit: check the type of enquiry and the outcome, then save.
          </p>
          <ContactForm
            key={finishedVisit.id}
            idPrefix="visit-contact"
            submitLabel="Save contact"
            draftForm={`visit-contact:${finishedVisit.id}`}
            prefill={{
              values: {
                channel: 'face_to_face',
                serviceId: finishedVisit.serviceId,
                customerTypeId:
                  reference?.customerTypes.find((t) => t.code === 'citizen')?.id ?? '',
                startTime: londonTimeOf(finishedVisit.firstSeenAt ?? finishedVisit.arrivedAt),
                endTime: londonTimeOf(
                  'closedAt' in finishedVisit ? String(finishedVisit.closedAt) : board.now,
                ),
              },
              startedAt: finishedVisit.firstSeenAt ?? finishedVisit.arrivedAt,
              // A visit taken up again from the waiting list ended when it was finished.
              endedAt: 'closedAt' in finishedVisit ? String(finishedVisit.closedAt) : board.now,
            }}
            onSave={(fields, options) =>
              recordContact({ ...fields, visitId: finishedVisit.id }, options)
            }
            onSaved={(contact) => {
              setFinishedVisit(null);
              announce(`Contact saved for ticket ${finishedVisit.ticket}: ${contact.serviceName}.`);
              if (contact.outcome === 'handed_off') setHandOff(contact);
            }}
          />
        </section>
      )}
      {handOff && (
        <HandOffForm key={handOff.id} contact={handOff} onClose={() => setHandOff(null)} />
      )}
      <VisitsAwaitingContact />
      {!desk ? (
        <form
          className="panel"
          onSubmit={(e) => void openDesk(e)}
          noValidate
          aria-labelledby="open-desk-heading"
        >
          <h2 id="open-desk-heading">Open a desk</h2>
          <div className="grid">
            <Field id="desk-name" label="Desk name">
              <input name="name" defaultValue="Desk 1" list="desk-names" />
            </Field>
            <Field
              id="desk-services"
              label="Only call visitors for these services"
              hint="Choose none to take every service."
            >
              <select name="serviceIds" multiple size={5}>
                {reference?.services.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <datalist id="desk-names">
            {board.desks
              .filter((d) => !d.isOpen)
              .map((d) => (
                <option key={d.id} value={d.name} />
              ))}
          </datalist>
          <button type="submit" className="primary">
            Open desk
          </button>
        </form>
      ) : (
        <div className="desk-bar">
          {!current && (
            <button type="button" className="primary" onClick={() => void callNext()}>
              Call next visitor <kbd>Alt+X</kbd>
            </button>
          )}
          <button
            type="button"
            onClick={() =>
              void queueCall(() => callApi('desks.close', { deskId: desk.id })).then((r) =>
                setError(r.error?.message ?? null),
              )
            }
          >
            Close {desk.name}
          </button>
        </div>
      )}
      {current && (
        <CurrentVisitor
          visit={current}
          act={(action, serviceId) => act(current, action, serviceId)}
        />
      )}
      <WaitingList
        board={board}
        sinceFetch={sinceFetch}
        visits={board.waiting}
        caption="Waiting, longest effective wait first"
        actions={(v) =>
          desk && !current ? (
            <button type="button" onClick={() => void act(v, 'call')}>
              Call<span className="visually-hidden"> ticket {v.ticket}</span>
            </button>
          ) : null
        }
      />
      <WaitingList
        board={board}
        sinceFetch={sinceFetch}
        visits={onHold}
        caption="On hold (stepped away)"
        actions={(v) => (
          <button type="button" onClick={() => void act(v, 'return')}>
            Back to queue<span className="visually-hidden">: ticket {v.ticket}</span>
          </button>
        )}
      />
    </div>
  );
}
