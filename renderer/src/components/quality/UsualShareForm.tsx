import { useState, type FormEvent } from 'react';
import { callApi } from '../../api/client';
import { Field } from '../Field';

/** The share a new sample draws unless the team leader says otherwise (5% to start with). */
export function UsualShareForm({
  percent,
  onSaved,
}: {
  percent: number | null;
  onSaved: (percent: number, words: string) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const value = text ?? (percent === null ? '' : String(percent));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const number = Number(value.trim().replace(/%$/, ''));
    if (value.trim() === '' || !Number.isFinite(number))
      return setError('Enter the share as a number, such as 5 or 2.5.');
    const result = await callApi('quality.updateSettings', { samplePercent: number });
    if (!result.ok) return setError(result.error.fields?.samplePercent ?? result.error.message);
    setError(undefined);
    setText(null);
    onSaved(
      result.value.samplePercent,
      `✓ New samples will draw ${result.value.samplePercent}% unless you choose another share.`,
    );
  }

  return (
    <form className="row-form usual-share" noValidate onSubmit={(e) => void onSubmit(e)}>
      <Field
        id="usual-share"
        label="Usual share to sample (%)"
        hint="NeSDS standard 20 asks for at least 5% of users to be targeted for quality evaluation."
        error={error}
      >
        <input
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <button type="submit">Save the usual share</button>
    </form>
  );
}
