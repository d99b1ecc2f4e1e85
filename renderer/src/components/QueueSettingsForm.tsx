import { useEffect, useState, type FormEvent } from 'react';
import type { QueueSettings } from '../../../shared/api';
import { callApi } from '../api/client';
import { textOf } from '../form-data';
import { ErrorSummary, type FieldProblem } from './ErrorSummary';
import { Field } from './Field';

/** The One Stop Shop wait promise, its early warning, and what happens after a hold. */
export function QueueSettingsForm() {
  const [settings, setSettings] = useState<QueueSettings | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void callApi('settings.queue', {}).then((r) => r.ok && setSettings(r.value));
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await callApi('settings.updateQueue', {
      waitLimitMinutes: Number(textOf(form, 'waitLimitMinutes')),
      amberMinutes: Number(textOf(form, 'amberMinutes')),
      holdReturn: textOf(form, 'holdReturn') === 'rejoin' ? 'rejoin' : 'keep_place',
    });
    if (!result.ok) {
      setSaved(false);
      setProblems(
        Object.entries(result.error.fields ?? { '': result.error.message }).map(
          ([field, message]) => ({ field, message }),
        ),
      );
      return;
    }
    setProblems([]);
    setSettings(result.value);
    setSaved(true);
  }

  if (!settings) return <p aria-busy="true">Loading queue settings…</p>;
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      className="panel"
      aria-labelledby="queue-settings-heading"
    >
      <h2 id="queue-settings-heading">One Stop Shop queue</h2>
      <ErrorSummary
        title="The queue settings were not saved"
        problems={problems}
        idPrefix="queue-settings"
      />
      {saved && <p className="confirmation">✓ Queue settings saved.</p>}
      <Field
        id="queue-settings-waitLimitMinutes"
        label="See visitors within (minutes)"
        hint="The face-to-face service standard (under Service standards below): changing either changes both, and every screen and figure follows."
        error={errorOf('waitLimitMinutes')}
      >
        <input
          name="waitLimitMinutes"
          type="number"
          min={1}
          max={120}
          defaultValue={settings.waitLimitMinutes}
        />
      </Field>
      <Field
        id="queue-settings-amberMinutes"
        label="Warn (amber) after (minutes)"
        error={errorOf('amberMinutes')}
      >
        <input
          name="amberMinutes"
          type="number"
          min={1}
          max={120}
          defaultValue={settings.amberMinutes}
        />
      </Field>
      <Field
        id="queue-settings-holdReturn"
        label="When a visitor comes back from hold"
        error={errorOf('holdReturn')}
      >
        <select name="holdReturn" defaultValue={settings.holdReturn}>
          <option value="keep_place">They keep their place (original arrival time)</option>
          <option value="rejoin">They join the queue from the time they come back</option>
        </select>
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          Save queue settings
        </button>
      </div>
    </form>
  );
}
