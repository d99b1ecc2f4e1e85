import { useState, type FormEvent, type ReactNode } from 'react';
import type { InputOf, ReferenceAdminData, ReferenceKind } from '../../../../shared/api';
import { REFERENCE_KIND_WORDS } from '../../../../shared/api/reference-admin';
import { textOf } from '../../form-data';
import { callApi } from '../../api/client';
import { ErrorSummary, problemsOf, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';

export type ErrorOf = (field: string) => string | undefined;

/**
 * Adds one item to a council list: its name, then the kind's own fields (`children`), read
 * from the form by `details`. A refusal is summarised at the top and beside each field; on
 * success the form empties, ready for the next.
 */
export function AddItemForm({
  kind,
  nameLabel,
  details,
  onAdded,
  children,
  below,
}: {
  kind: ReferenceKind;
  nameLabel: string;
  details: (form: FormData) => Omit<InputOf<'reference.add'>, 'name'>;
  onAdded: (lists: ReferenceAdminData, message: string) => void;
  /** Fields beside the name. */
  children?: (errorOf: ErrorOf) => ReactNode;
  /** Anything wider, under them (a site's opening hours). */
  below?: (errorOf: ErrorOf) => ReactNode;
}) {
  const one = REFERENCE_KIND_WORDS[kind].one;
  const idPrefix = `add-${kind}`;
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const errorOf: ErrorOf = (field) =>
    problems.find((p) => p.field === field || p.field.startsWith(`${field}.`))?.message;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = textOf(data, 'name');
    setBusy(true);
    const result = await callApi('reference.add', {
      ...details(data),
      name,
    } as InputOf<'reference.add'>);
    setBusy(false);
    if (!result.ok) return setProblems(problemsOf(result.error));
    setProblems([]);
    form.reset();
    onAdded(result.value, `${name.trim()} is added and in use.`);
  }

  return (
    <form
      className="panel"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby={`${idPrefix}-heading`}
    >
      <h3 id={`${idPrefix}-heading`}>
        Add {/^[aeiou]/.test(one) ? 'an' : 'a'} {one}
      </h3>
      <ErrorSummary title={`The ${one} was not added`} problems={problems} idPrefix={idPrefix} />
      <div className="grid">
        <Field id={`${idPrefix}-name`} label={nameLabel} error={errorOf('name')}>
          <input name="name" autoComplete="off" />
        </Field>
        {children?.(errorOf)}
      </div>
      {below?.(errorOf)}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Adding…' : `Add ${one}`}
        </button>
      </div>
    </form>
  );
}
