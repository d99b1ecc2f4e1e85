import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ApiError, SurveyView } from '../../../../shared/api';
import {
  DONE_MORE_ANSWERS,
  DONE_MORE_LABELS,
  RATINGS,
  RATING_LABELS,
  SURVEY_VIAS,
  SURVEY_VIA_LABELS,
  type DoneMoreAnswer,
  type SurveyVia,
} from '../../../../shared/domain/surveys';
import { londonDateOf, londonInstant } from '../../../../shared/time/london';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { ChoiceGroup } from '../complaints/ChoiceGroup';
import '../complaints/complaints.css';
import { problemsOf } from '../complaints/problems';
import { ErrorSummary, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';
import './surveys.css';

const FORM_FIELDS = ['rating', 'couldHaveDoneMore', 'comment', 'respondedAt', 'via'] as const;

/** `contact`: asked now with the customer there, or sent; `reply`: a sent survey came back. */
export type SurveyMode = { kind: 'contact' } | { kind: 'reply'; sentAt: string };

/** The reply's instant: now for today; midday London time on an earlier day, not before sending. */
function replyInstant(date: string, sentAt: string): string | undefined {
  if (!date || date === londonDateOf(new Date())) return undefined;
  const midday = londonInstant(date, '12:00').toISOString();
  return midday < sentAt && londonDateOf(sentAt) === date ? sentAt : midday;
}

/**
 * The exit survey (NeSDS standard 17; standard 16's "could we reasonably have done more?"):
 * a 1-5 rating in words, the question, an optional comment. For a contact the adviser asks
 * the customer there and then, or sends it to answer later; for a reply, the answers that
 * came back and the day they came. Escape closes it.
 */
export function SurveyForm({
  contactId,
  idPrefix,
  mode,
  heading,
  onSaved,
  onCancel,
}: {
  contactId: string;
  idPrefix: string;
  mode: SurveyMode;
  heading: string;
  onSaved: (survey: SurveyView) => void;
  onCancel: () => void;
}) {
  const [rating, setRating] = useState<string>('');
  const [doneMore, setDoneMore] = useState<DoneMoreAnswer | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.getElementById(`${idPrefix}-rating`)?.focus();
  }, [idPrefix]);

  function refused(error: ApiError) {
    const found = problemsOf(error, FORM_FIELDS);
    setErrors(found.fields);
    setProblems(found.problems);
  }

  async function answer(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const answers = {
      contactId,
      // Left out when not chosen, so the back end names what is missing.
      ...(rating ? { rating: Number(rating) } : {}),
      ...(doneMore ? { couldHaveDoneMore: doneMore } : {}),
      comment: textOf(data, 'comment'),
    } as { contactId: string; rating: number; couldHaveDoneMore: DoneMoreAnswer; comment: string };
    setBusy(true);
    const respondedAt =
      mode.kind === 'reply' ? replyInstant(textOf(data, 'respondedDate'), mode.sentAt) : undefined;
    const result =
      mode.kind === 'reply'
        ? await callApi('surveys.respond', { ...answers, ...(respondedAt ? { respondedAt } : {}) })
        : await callApi('surveys.record', answers);
    setBusy(false);
    if (!result.ok) return refused(result.error);
    onSaved(result.value);
  }

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const via = textOf(new FormData(event.currentTarget), 'via') as SurveyVia;
    setBusy(true);
    const result = await callApi('surveys.send', { contactId, via });
    setBusy(false);
    if (!result.ok) return refused(result.error);
    onSaved(result.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <section
      className="panel survey-form"
      aria-labelledby={`${idPrefix}-heading`}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${idPrefix}-heading`} className="inline-heading">
        {heading}
      </h2>
      <ErrorSummary
        title={mode.kind === 'reply' ? 'The reply was not recorded' : 'The survey was not saved'}
        problems={problems}
        idPrefix={idPrefix}
      />
      <form onSubmit={(e) => void answer(e)} noValidate aria-label="The customer’s answers">
        <ChoiceGroup
          id={`${idPrefix}-rating`}
          name={`${idPrefix}-rating`}
          legend="How satisfied were you with the service today?"
          options={RATINGS.map((r) => ({ value: String(r), label: `${r} ${RATING_LABELS[r]}` }))}
          value={rating}
          onChange={setRating}
          error={errors.rating}
        />
        <ChoiceGroup
          id={`${idPrefix}-couldHaveDoneMore`}
          name={`${idPrefix}-done-more`}
          legend="Could we reasonably have done more?"
          options={DONE_MORE_ANSWERS.map((a) => ({ value: a, label: DONE_MORE_LABELS[a] }))}
          value={doneMore}
          onChange={setDoneMore}
          error={errors.couldHaveDoneMore}
        />
        <div className="survey-details">
          <Field
            id={`${idPrefix}-comment`}
            label="Anything else they said (optional)"
            error={errors.comment}
          >
            <textarea name="comment" rows={2} maxLength={2000} />
          </Field>
          {mode.kind === 'reply' && (
            <Field
              id={`${idPrefix}-respondedAt`}
              label="Date the reply came"
              hint="Not before the survey was sent, and not in the future."
              error={errors.respondedAt}
            >
              <input
                name="respondedDate"
                type="date"
                defaultValue={londonDateOf(new Date())}
                min={londonDateOf(mode.sentAt)}
                max={londonDateOf(new Date())}
              />
            </Field>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {mode.kind === 'reply' ? 'Record the reply' : 'Save the answers'}
          </button>
          <button type="button" onClick={onCancel}>
            {mode.kind === 'reply' ? 'Cancel' : 'Not now'} <kbd>Esc</kbd>
          </button>
        </div>
      </form>
      {mode.kind === 'contact' && (
        <form
          className="row-form survey-send"
          onSubmit={(e) => void send(e)}
          noValidate
          aria-label="Send it to answer later"
        >
          <Field id={`${idPrefix}-via`} label="Or send it to answer later, by" error={errors.via}>
            <select name="via" defaultValue="email">
              {SURVEY_VIAS.map((v) => (
                <option key={v} value={v}>
                  {SURVEY_VIA_LABELS[v]}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" disabled={busy}>
            Send the survey
          </button>
        </form>
      )}
    </section>
  );
}
