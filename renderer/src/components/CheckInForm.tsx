import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AppointmentView, CustomerSummary } from '../../../shared/api';
import { NO_NEEDS, type CustomerNeeds } from '../../../shared/domain/needs';
import { londonDateOf } from '../../../shared/time/london';
import { callApi } from '../api/client';
import { formatTime } from '../format';
import { useMutationId } from '../hooks/useMutationId';
import { useSubmitGuard } from '../hooks/useSubmitGuard';
import { useAppStore } from '../store';
import { CustomerPicker } from './CustomerPicker';
import { Field } from './Field';
import { NeedsFields } from './NeedsFields';

/** Reception check-in in seconds: service, optional customer, needs; a ticket to call out. */
export function CheckInForm({
  appointments,
  onAppointmentsChanged,
}: {
  appointments: AppointmentView[];
  onAppointmentsChanged: () => void;
}) {
  const reference = useAppStore((s) => s.reference);
  const queueCall = useAppStore((s) => s.queueCall);
  const announce = useAppStore((s) => s.announce);
  const [appointmentId, setAppointmentId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [name, setName] = useState('');
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [needs, setNeeds] = useState<CustomerNeeds>(NO_NEEDS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [ticket, setTicket] = useState<string | null>(null);
  const { guard } = useSubmitGuard();
  const mutation = useMutationId();

  function chooseAppointment(id: string) {
    setAppointmentId(id);
    const appointment = appointments.find((a) => a.id === id);
    if (appointment) {
      setServiceId(appointment.serviceId);
      setName(appointment.customerName);
    }
  }

  function chooseCustomer(found: CustomerSummary | null) {
    setCustomer(found);
    setName(found?.displayName ?? '');
    setNeeds(found?.needs ?? NO_NEEDS);
  }

  // One ticket per check-in, however often Enter is pressed while it is being issued.
  const onSubmit = guard(async (_event: FormEvent | KeyboardEvent) => {
    // The last ticket goes as the next check-in starts (here, or on the first change to the
    // form): it has been given out, and it must never sit above a new refusal.
    setTicket(null);
    const { value, error } = await queueCall(() =>
      callApi(
        'queue.checkIn',
        {
          serviceId,
          ...(appointmentId ? { appointmentId } : {}),
          ...(customer ? { customerId: customer.id } : {}),
          ...(name ? { customerName: name } : {}),
          needs,
        },
        { mutationId: mutation.current() },
      ),
    );
    if (error) {
      setErrors(error.fields ?? { _: error.message });
      return;
    }
    mutation.renew();
    const message = `Checked in: ticket ${value!.ticket} for ${value!.serviceName}.`;
    setTicket(value!.ticket);
    announce(message);
    setErrors({});
    setAppointmentId('');
    setServiceId('');
    setName('');
    setCustomer(null);
    setNeeds(NO_NEEDS);
    if (appointmentId) onAppointmentsChanged();
    document.getElementById('checkin-serviceId')?.focus();
  });

  // Enter saves from the lists too, not only from a text box: the service is chosen by typing
  // its first letters, then Enter, without tabbing down to the button. Ctrl+Enter saves from
  // anywhere (useSaveKey).
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const plainEnter = event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey;
    if (plainEnter && event.target instanceof HTMLSelectElement) onSubmit(event);
  }

  const booked = appointments.filter(
    (a) => a.status === 'booked' && londonDateOf(a.startsAt) === londonDateOf(new Date()),
  );
  return (
    <form
      className="panel check-in"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onChange={() => setTicket(null)}
      noValidate
      aria-labelledby="checkin-heading"
    >
      <h2 id="checkin-heading">
        Check in a visitor <kbd>Alt+C</kbd>
      </h2>
      {ticket && (
        <p className="ticket-issued" role="status">
          Ticket <strong data-testid="issued-ticket">{ticket}</strong>: give it to the visitor.
        </p>
      )}
      {errors._ && (
        <p role="alert" className="error-text">
          {errors._}
        </p>
      )}
      <div className="grid">
        <Field
          id="checkin-appointmentId"
          label="Appointment"
          hint="Leave as walk-in if they have none."
        >
          <select value={appointmentId} onChange={(e) => chooseAppointment(e.target.value)}>
            <option value="">Walk-in (no appointment)</option>
            {booked.map((a) => (
              <option key={a.id} value={a.id}>
                {formatTime(a.startsAt)} {a.customerName}: {a.serviceName}
              </option>
            ))}
          </select>
        </Field>
        <Field id="checkin-serviceId" label="Service wanted" error={errors.serviceId}>
          <select value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
            <option value="">Choose the service…</option>
            {reference?.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="checkin-name"
          label="Name to call"
          hint="Optional; tickets are called, not names."
        >
          <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </Field>
      </div>
      <CustomerPicker idPrefix="checkin" customer={customer} onChange={chooseCustomer} />
      <NeedsFields
        idPrefix="checkin"
        needs={needs}
        onChange={setNeeds}
        error={errors['needs.language']}
      />
      <div className="actions">
        <button type="submit" className="primary">
          Check in and give a ticket <kbd>Enter</kbd>
        </button>
      </div>
    </form>
  );
}
