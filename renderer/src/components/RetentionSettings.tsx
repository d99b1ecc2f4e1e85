import { useEffect, useState, type FormEvent } from 'react';
import type { AnonymisationResult, RetentionSettings as Retention } from '../../../shared/api';
import { callApi } from '../api/client';
import { textOf } from '../form-data';
import { useAppStore } from '../store';
import { ErrorSummary, problemsOf, type FieldProblem } from './ErrorSummary';
import { Field } from './Field';

const FIELDS: { name: keyof Retention; label: string; hint: string }[] = [
  {
    name: 'customerYears',
    label: 'Customer records: years after their last contact',
    hint: 'Their details, and the words of their contacts, letters, hand-offs and complaints. Six years is usual.',
  },
  {
    name: 'visitorNameYears',
    label: 'Names given at check-in with no customer record: years after the visit',
    hint: 'Walk-ins and appointments booked by name only.',
  },
  {
    name: 'unlinkedRecordYears',
    label:
      'Letters, calls, hand-offs and complaints with no customer record: years after they came in',
    hint: 'Closed ones only; open ones wait until they close.',
  },
];

function resultWords(r: AnonymisationResult): string {
  const parts = [
    `${r.customers} ${r.customers === 1 ? 'customer' : 'customers'} anonymised`,
    `${r.visitorNames} ${r.visitorNames === 1 ? 'visitor’s name' : 'visitors’ names'} removed`,
    `${r.unlinkedRecords} other ${r.unlinkedRecords === 1 ? 'record' : 'records'} blanked`,
  ];
  const held =
    r.customersHeldOpen > 0
      ? ` ${r.customersHeldOpen} past the period ${r.customersHeldOpen === 1 ? 'waits' : 'wait'} for an open case to close.`
      : '';
  return `Done: ${parts.join(', ')}.${held} Figures are unchanged.`;
}

/**
 * How long personal details are kept (UK GDPR Art. 5(1)(e), storage limitation). The app
 * blanks what is past these periods when it starts and every day; an administrator can run
 * it now. Every record stays, so past figures do not move.
 */
export function RetentionSettings() {
  const [settings, setSettings] = useState<Retention | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const announce = useAppStore((s) => s.announce);

  useEffect(() => {
    void callApi('dataProtection.retention', {}).then((r) => r.ok && setSettings(r.value));
  }, []);

  function say(words: string) {
    setStatus(words);
    announce(words);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const years = (name: keyof Retention) => Number(textOf(form, name));
    const result = await callApi('dataProtection.updateRetention', {
      customerYears: years('customerYears'),
      visitorNameYears: years('visitorNameYears'),
      unlinkedRecordYears: years('unlinkedRecordYears'),
    });
    if (!result.ok) {
      setStatus('');
      return setProblems(problemsOf(result.error));
    }
    setProblems([]);
    setSettings(result.value);
    say('Retention periods saved. They apply from the next run.');
  }

  async function runNow() {
    setBusy(true);
    say('Anonymising what is past its retention period…');
    const result = await callApi('dataProtection.anonymiseExpired', {});
    setBusy(false);
    say(result.ok ? resultWords(result.value) : `Not run: ${result.error.message}`);
  }

  if (!settings) return <p aria-busy="true">Loading retention periods…</p>;
  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      className="panel"
      aria-labelledby="retention-heading"
    >
      <h2 id="retention-heading">Keeping personal details</h2>
      <p>
        Past these periods the app removes names, contact details and what people told us, once a
        day. Every record and count stays, so past figures do not change.
      </p>
      <ErrorSummary
        title="The retention periods were not saved"
        problems={problems}
        idPrefix="retention"
      />
      {FIELDS.map((f) => (
        <Field
          key={f.name}
          id={`retention-${f.name}`}
          label={f.label}
          hint={f.hint}
          error={problems.find((p) => p.field === f.name)?.message}
        >
          <input name={f.name} type="number" min={1} max={50} defaultValue={settings[f.name]} />
        </Field>
      ))}
      <p role="status" data-testid="retention-status">
        {status}
      </p>
      <div className="actions">
        <button type="submit" className="primary">
          Save retention periods
        </button>
        <button type="button" onClick={() => void runNow()} disabled={busy}>
          Anonymise what is past its period now
        </button>
      </div>
    </form>
  );
}
