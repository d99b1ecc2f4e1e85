import { useState, type FormEvent } from 'react';
import type { QualityChecklistItemView, Result } from '../../../../shared/api';
import { activeOnly } from '../../active-items';
import { callApi } from '../../api/client';
import { Field } from '../Field';

type Change = Promise<Result<QualityChecklistItemView[]>>;

/** After the list re-renders, the focus stays with the point that moved. */
function focusMoved(position: number, direction: 'up' | 'down') {
  window.setTimeout(() => {
    const same = document.querySelector<HTMLButtonElement>(
      `button[aria-label="Move ${direction} point ${position}"]`,
    );
    const other = document.querySelector<HTMLButtonElement>(
      `button[aria-label="Move ${direction === 'up' ? 'down' : 'up'} point ${position}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
  });
}

/**
 * The council's quality checklist (NeSDS standard 19): add, reword, move and retire points.
 * A retired point stays on the scores already given; the wording a contact was scored
 * against is kept with its score.
 */
export function ChecklistEditor({
  items,
  onChanged,
}: {
  items: QualityChecklistItemView[];
  onChanged: (items: QualityChecklistItemView[], words: string) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [newText, setNewText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const active = activeOnly(items);
  const retired = items.filter((i) => !i.active);

  async function change(request: Change, words: string, field?: string): Promise<boolean> {
    const result = await request;
    if (!result.ok) {
      const message = result.error.fields?.text ?? result.error.message;
      if (field) setErrors({ [field]: message });
      else setRefusal(message);
      return false;
    }
    setErrors({});
    setRefusal(null);
    onChanged(result.value, words);
    return true;
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const done = await change(
      callApi('quality.saveChecklistItem', { text: newText }),
      `✓ Added “${newText.trim()}” to the checklist.`,
      'new',
    );
    if (done) setNewText('');
  }

  async function reword(event: FormEvent, id: string) {
    event.preventDefault();
    const done = await change(
      callApi('quality.saveChecklistItem', { id, text: draft }),
      `✓ Reworded: “${draft.trim()}”. Contacts already scored keep the old wording.`,
      'edit',
    );
    if (done) setEditing(null);
  }

  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">The checklist</h2>
      <p className="hint">
        Each sampled contact is scored on every point below: met, not met or not applicable.
      </p>
      {refusal && (
        <p role="alert" className="error-text">
          ⚠ {refusal}
        </p>
      )}
      <ol className="quality-checklist" data-testid="checklist">
        {active.map((point, i) => (
          <li key={point.id}>
            {editing === point.id ? (
              <form className="row-form" noValidate onSubmit={(e) => void reword(e, point.id)}>
                <Field id="checklist-edit" label={`Point ${point.position}`} error={errors.edit}>
                  <input value={draft} onChange={(e) => setDraft(e.target.value)} />
                </Field>
                <button type="submit">Save the wording</button>
                <button type="button" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <span className="quality-point">
                  <span className="quality-point-number">{point.position}.</span> {point.text}
                </span>
                <span className="row-actions">
                  <button
                    type="button"
                    aria-label={`Reword point ${point.position}`}
                    onClick={() => {
                      setEditing(point.id);
                      setDraft(point.text);
                      setErrors({});
                      // After the render, the new box takes the focus.
                      window.setTimeout(() => document.getElementById('checklist-edit')?.focus());
                    }}
                  >
                    Reword
                  </button>
                  <button
                    type="button"
                    aria-label={`Move up point ${point.position}`}
                    disabled={i === 0}
                    onClick={() =>
                      void change(
                        callApi('quality.moveChecklistItem', { id: point.id, direction: 'up' }),
                        `✓ Moved “${point.text}” up to point ${i}.`,
                      ).then((done) => done && focusMoved(i, 'up'))
                    }
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    aria-label={`Move down point ${point.position}`}
                    disabled={i === active.length - 1}
                    onClick={() =>
                      void change(
                        callApi('quality.moveChecklistItem', { id: point.id, direction: 'down' }),
                        `✓ Moved “${point.text}” down to point ${i + 2}.`,
                      ).then((done) => done && focusMoved(i + 2, 'down'))
                    }
                  >
                    Move down
                  </button>
                  {retiring === point.id ? (
                    <span className="confirmation-row">
                      Retire it? Past scores keep it.{' '}
                      <button
                        type="button"
                        onClick={() => {
                          setRetiring(null);
                          void change(
                            callApi('quality.retireChecklistItem', { id: point.id }),
                            `✓ Retired “${point.text}”. New scores leave it out.`,
                          );
                        }}
                      >
                        Yes, retire it
                      </button>{' '}
                      <button type="button" onClick={() => setRetiring(null)}>
                        Keep it
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      aria-label={`Retire point ${point.position}`}
                      onClick={() => setRetiring(point.id)}
                    >
                      Retire
                    </button>
                  )}
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
      <form className="row-form checklist-add" noValidate onSubmit={(e) => void add(e)}>
        <Field id="checklist-new" label="New point" error={errors.new}>
          <input value={newText} onChange={(e) => setNewText(e.target.value)} />
        </Field>
        <button type="submit">Add to the checklist</button>
      </form>
      {retired.length > 0 && (
        <>
          <h3>Retired points</h3>
          <ul data-testid="checklist-retired">
            {retired.map((point) => (
              <li key={point.id}>
                {point.text} <span className="tag">Retired</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
