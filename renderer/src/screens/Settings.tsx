import { useEffect, useState, type FormEvent } from 'react';
import type { GeneralSettings } from '../../../shared/api';
import { OFFLINE_HISTORY_DAYS } from '../../../shared/api/settings';
import { callApi } from '../api/client';
import { ErrorSummary, type FieldProblem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { CalendarSettingsForm } from '../components/CalendarSettingsForm';
import { OfferRulesPanel } from '../components/OfferRulesPanel';
import { OpeningHoursForm } from '../components/OpeningHoursForm';
import { QueueSettingsForm } from '../components/QueueSettingsForm';
import { RetentionSettings } from '../components/RetentionSettings';
import { StandardsEditor } from '../components/StandardsEditor';
import { textOf } from '../form-data';
import { CouncilServerSettings } from './sync/CouncilServerSettings';
import { DisplayKeysSettings } from './display/DisplayKeysSettings';
import { useAppStore } from '../store';

export function Settings() {
  const [settings, setSettings] = useState<GeneralSettings | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const loadReference = useAppStore((s) => s.loadReference);

  useEffect(() => {
    void callApi('settings.general', {}).then((r) => r.ok && setSettings(r.value));
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await callApi('settings.updateGeneral', {
      councilName: textOf(form, 'councilName'),
      lockAfterMinutes: Number(textOf(form, 'lockAfterMinutes')),
      fcrTargetPercent: Number(textOf(form, 'fcrTargetPercent')),
      confirmOlderThanDays: Number(textOf(form, 'confirmOlderThanDays')),
      offlineHistoryDays: Number(textOf(form, 'offlineHistoryDays')),
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
    await loadReference();
  }

  if (!settings) return <p aria-busy="true">Loading settings…</p>;
  return (
    <div className="settings">
      <h1>Settings</h1>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="panel">
        <h2>General</h2>
        <ErrorSummary title="The settings were not saved" problems={problems} idPrefix="settings" />
        {saved && <p className="confirmation">✓ Settings saved.</p>}
        <Field
          id="settings-councilName"
          label="Council name"
          error={problems.find((p) => p.field === 'councilName')?.message}
        >
          <input name="councilName" defaultValue={settings.councilName} />
        </Field>
        <Field
          id="settings-lockAfterMinutes"
          label="Lock the app after this many idle minutes"
          error={problems.find((p) => p.field === 'lockAfterMinutes')?.message}
        >
          <input
            name="lockAfterMinutes"
            type="number"
            min={1}
            max={240}
            defaultValue={settings.lockAfterMinutes}
          />
        </Field>
        <Field
          id="settings-fcrTargetPercent"
          label="First-contact resolution target (%)"
          hint="NeSDS standard 2 asks for at least 80%."
          error={problems.find((p) => p.field === 'fcrTargetPercent')?.message}
        >
          <input
            name="fcrTargetPercent"
            type="number"
            min={1}
            max={100}
            step="any"
            defaultValue={settings.fcrTargetPercent}
          />
        </Field>
        <Field
          id="settings-confirmOlderThanDays"
          label="Ask to confirm a contact or letter dated more than this many days back"
          hint="Catches a mistyped month or year; the adviser can still confirm an older date."
          error={problems.find((p) => p.field === 'confirmOlderThanDays')?.message}
        >
          <input
            name="confirmOlderThanDays"
            type="number"
            min={1}
            max={366}
            defaultValue={settings.confirmOlderThanDays}
          />
        </Field>
        <Field
          id="settings-offlineHistoryDays"
          label="Days of history each desk keeps offline"
          hint={`On desks joined to a council server: contacts, visits and closed items older than this are read from the server. Customers and open items always stay. Between ${OFFLINE_HISTORY_DAYS.min} and ${OFFLINE_HISTORY_DAYS.max.toLocaleString('en-GB')} days.`}
          error={problems.find((p) => p.field === 'offlineHistoryDays')?.message}
        >
          <input
            name="offlineHistoryDays"
            type="number"
            min={OFFLINE_HISTORY_DAYS.min}
            max={OFFLINE_HISTORY_DAYS.max}
            defaultValue={settings.offlineHistoryDays}
          />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      </form>
      <QueueSettingsForm />
      <DisplayKeysSettings />
      <CalendarSettingsForm />
      <OpeningHoursForm />
      <StandardsEditor />
      <OfferRulesPanel />
      <RetentionSettings />
      <CouncilServerSettings />
    </div>
  );
}
