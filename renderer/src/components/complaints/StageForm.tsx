import { useState, type FormEvent, type ReactNode } from 'react';
import type { FeedbackView, Result } from '../../../../shared/api';
import { londonDateOf, londonInstant, londonTimeOf } from '../../../../shared/time/london';
import { textOf } from '../../form-data';
import { ErrorSummary, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';
import { problemsOf } from './problems';

/** The instant from a form's date and time fields on the London clock ('' without a date). */
export function instantOf(data: FormData): string {
  const date = textOf(data, 'date');
  return date ? londonInstant(date, textOf(data, 'time') || '12:00').toISOString() : '';
}

/** Date and time fields, defaulting to now; `field` is the API's name for the instant. */
export function WhenFields({
  id,
  field,
  label,
  errors,
}: {
  id: string;
  field: string;
  label: string;
  errors: Record<string, string>;
}) {
  const now = new Date();
  return (
    <>
      <Field id={`${id}-${field}`} label={`Date ${label}`} error={errors[field]}>
        <input name="date" type="date" defaultValue={londonDateOf(now)} />
      </Field>
      <Field id={`${id}-time`} label={`Time ${label}`} hint="UK time.">
        <input name="time" type="time" defaultValue={londonTimeOf(now)} />
      </Field>
    </>
  );
}

/** One action on a complaint: its own error summary, field messages and submit button. */
export function StageForm({
  id,
  title,
  intro,
  formFields,
  submit,
  onDone,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  formFields: readonly string[];
  submit: (data: FormData) => Promise<Result<FeedbackView>>;
  onDone: (item: FeedbackView) => void;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    const result = await submit(new FormData(form));
    setBusy(false);
    if (!result.ok) {
      const found = problemsOf(result.error, formFields);
      setErrors(found.fields);
      setProblems(found.problems);
      return;
    }
    setErrors({});
    setProblems([]);
    form.reset();
    onDone(result.value);
  }

  return (
    <form
      className="stage-action"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby={`${id}-heading`}
      data-testid={`${id}-form`}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      {intro && <p className="hint">{intro}</p>}
      <ErrorSummary title="Nothing was changed" problems={problems} idPrefix={id} />
      {children(errors)}
      <button type="submit" disabled={busy}>
        {title}
      </button>
    </form>
  );
}
