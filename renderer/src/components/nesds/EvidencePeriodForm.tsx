import { useState, type FormEvent } from 'react';
import { textOf } from '../../form-data';
import { periodOf } from '../../stats/periods';
import { Field } from '../Field';

const KINDS = { month: 'Month', quarter: 'Quarter', range: 'Dates I choose' } as const;
type Kind = keyof typeof KINDS;

/** The period of the self-assessment: a month, a quarter, or any dates up to a year. */
export function EvidencePeriodForm({
  today,
  initialDate,
  onShow,
}: {
  today: string;
  /** The day whose month or quarter is shown first. */
  initialDate: string;
  onShow: (period: { from: string; to: string }) => void;
}) {
  const [kind, setKind] = useState<Kind>('month');
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const date = textOf(data, 'date');
    const range =
      kind === 'range'
        ? { from: textOf(data, 'from'), to: textOf(data, 'to') }
        : date
          ? periodOf(kind, date)
          : null;
    if (!range || !range.from || !range.to) return setError('Choose the dates to assess.');
    setError(null);
    onShow(range);
  }

  return (
    <form className="row-form no-print" onSubmit={onSubmit} noValidate aria-label="Which period">
      <Field id="nesds-period" label="Period">
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {Object.entries(KINDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {kind === 'range' ? (
        <>
          <Field id="nesds-from" label="From">
            <input name="from" type="date" defaultValue={`${today.slice(0, 8)}01`} />
          </Field>
          <Field id="nesds-to" label="To">
            <input name="to" type="date" defaultValue={today} />
          </Field>
        </>
      ) : (
        <Field id="nesds-date" label={`A day in the ${kind}`} error={error ?? undefined}>
          <input name="date" type="date" defaultValue={initialDate} />
        </Field>
      )}
      <button type="submit" className="primary">
        Show the evidence
      </button>
      {kind === 'range' && error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </form>
  );
}
