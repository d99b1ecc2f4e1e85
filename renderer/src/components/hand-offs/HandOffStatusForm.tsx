// The department's answer to a hand-off. A refusal from the back end is shown by the field it
// concerns and changes nothing: the hand-off keeps its status and the note stays as typed.
import { useState, type FormEvent } from 'react';
import type { HandOffView } from '../../../../shared/api';
import { HAND_OFF_STATUS_LABELS, type HandOffStatus } from '../../../../shared/domain/hand-offs';
import { textOf } from '../../form-data';
import { useAppStore } from '../../store';
import { callApi } from '../../api/client';
import { ErrorSummary, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';

type Answer = Exclude<HandOffStatus, 'open'>;
const ANSWERS: Answer[] = ['accepted', 'resolved', 'returned'];
const ID = 'hand-off-status';

export function HandOffStatusForm({
  handOff,
  onChanged,
}: {
  handOff: HandOffView;
  onChanged: (handOff: HandOffView) => void;
}) {
  // Any answer but the one already given; a resolved hand-off is finished (the form is not shown).
  const answers = ANSWERS.filter((a) => a !== handOff.status);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saving, setSaving] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setSaving(true);
    const result = await callApi('handOffs.setStatus', {
      id: handOff.id,
      status: textOf(data, 'status') as Answer,
      note: textOf(data, 'note'),
    });
    setSaving(false);
    if (!result.ok) {
      setProblems(
        Object.entries(result.error.fields ?? { '': result.error.message }).map(
          ([field, message]) => ({ field, message }),
        ),
      );
      return;
    }
    setProblems([]);
    form.reset();
    useAppStore
      .getState()
      .announce(`${result.value.reference} marked: ${HAND_OFF_STATUS_LABELS[result.value.status]}`);
    onChanged(result.value);
  }

  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const statusError = errorOf('status');
  return (
    <form
      className="hand-off-status-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby={`${ID}-heading`}
    >
      <h3 id={`${ID}-heading`}>Record the department’s answer</h3>
      <ErrorSummary title="The answer was not saved" problems={problems} idPrefix={ID} />
      <fieldset
        className={statusError ? 'field has-error' : 'field'}
        aria-describedby={statusError ? `${ID}-status-error` : undefined}
      >
        <legend>The department has</legend>
        {statusError && (
          <span id={`${ID}-status-error`} className="field-error">
            <span aria-hidden="true">⚠ </span>
            {statusError}
          </span>
        )}
        {answers.map((a, i) => (
          <label key={a} className="check">
            <input
              type="radio"
              name="status"
              value={a}
              defaultChecked={i === 0}
              id={i === 0 ? `${ID}-status` : undefined}
            />
            {HAND_OFF_STATUS_LABELS[a]}
          </label>
        ))}
      </fieldset>
      <Field
        id={`${ID}-note`}
        label="Note"
        hint="Say why, if the department returned it."
        error={errorOf('note')}
      >
        <textarea name="note" rows={3} maxLength={1000} />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          Save the answer
        </button>
      </div>
    </form>
  );
}
