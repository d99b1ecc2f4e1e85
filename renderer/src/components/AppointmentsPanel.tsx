import { useState, type FormEvent } from 'react';
import type { AppointmentView } from '../../../shared/api';
import { londonDateOf, londonInstant } from '../../../shared/time/london';
import { callApi } from '../api/client';
import { formatTime } from '../format';
import { useAppStore } from '../store';
import { Field } from './Field';

const STATUS_WORDS = {
  booked: 'Booked',
  checked_in: 'Checked in',
  cancelled: 'Cancelled',
} as const;

/** Book a slot for a service at this site, and see the day's appointments. */
export function AppointmentsPanel({
  appointments,
  onChanged,
}: {
  appointments: AppointmentView[];
  onChanged: () => void;
}) {
  const reference = useAppStore((s) => s.reference);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [booked, setBooked] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (key: string) => {
      const value = data.get(key);
      return typeof value === 'string' ? value : '';
    };
    const date = text('date');
    const time = text('time');
    const result = await callApi('appointments.book', {
      serviceId: text('serviceId'),
      customerName: text('customerName'),
      startsAt: date && time ? londonInstant(date, time).toISOString() : '',
      durationMinutes: Number(text('durationMinutes')) || 20,
    });
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    setErrors({});
    setBooked(
      `Booked ${result.value.customerName} at ${formatTime(result.value.startsAt)} for ${result.value.serviceName}.`,
    );
    form.reset();
    onChanged();
  }

  async function cancel(id: string) {
    await callApi('appointments.cancel', { appointmentId: id });
    onChanged();
  }

  return (
    <section className="panel" aria-labelledby="appointments-heading">
      <h2 id="appointments-heading">Appointments today</h2>
      {appointments.length === 0 ? (
        <p>No appointments booked for today.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Today’s appointments</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Customer</th>
              <th scope="col">Service</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {appointments.map((a) => (
              <tr key={a.id}>
                <td>{formatTime(a.startsAt)}</td>
                <td>{a.customerName}</td>
                <td>{a.serviceName}</td>
                <td>
                  {STATUS_WORDS[a.status]}
                  {a.ticket && ` (${a.ticket})`}
                </td>
                <td>
                  {a.status === 'booked' && (
                    <button type="button" onClick={() => void cancel(a.id)}>
                      Cancel<span className="visually-hidden"> {a.customerName}’s appointment</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="book-form">
        <h3>Book an appointment</h3>
        {booked && <p className="confirmation">✓ {booked}</p>}
        {(errors._ ?? errors.startsAt) && (
          <p role="alert" className="error-text">
            {errors._ ?? errors.startsAt}
          </p>
        )}
        <div className="grid">
          <Field id="book-customerName" label="Customer name" error={errors.customerName}>
            <input name="customerName" autoComplete="off" />
          </Field>
          <Field id="book-serviceId" label="Service" error={errors.serviceId}>
            <select name="serviceId" defaultValue="">
              <option value="">Choose the service…</option>
              {reference?.services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="book-date" label="Date">
            <input name="date" type="date" defaultValue={londonDateOf(new Date())} />
          </Field>
          <Field id="book-time" label="Time">
            <input name="time" type="time" />
          </Field>
          <Field id="book-durationMinutes" label="Length (minutes)" error={errors.durationMinutes}>
            <input name="durationMinutes" type="number" min={5} max={240} defaultValue={20} />
          </Field>
        </div>
        <button type="submit">Book appointment</button>
      </form>
    </section>
  );
}
