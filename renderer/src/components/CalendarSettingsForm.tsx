import { useEffect, useState, type FormEvent } from 'react';
import type { CalendarSettings } from '../../../shared/api';
import { REGIONS, REGION_LABELS, type Region } from '../../../shared/time/regions';
import { callApi } from '../api/client';
import { formatDay } from '../format';
import { DateListField } from './DateListField';
import { Field } from './Field';

/** The council's bank-holiday region, and the days it closes beyond them. */
export function CalendarSettingsForm() {
  const [settings, setSettings] = useState<CalendarSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void callApi('settings.calendar', {}).then((r) => r.ok && setSettings(r.value));
  }, []);
  if (!settings) return <p aria-busy="true">Loading the calendar…</p>;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await callApi('settings.updateCalendar', {
      region: settings!.region,
      closureDays: settings!.closureDays,
      extraHolidays: settings!.extraHolidays,
    });
    if (!result.ok) {
      setSaved(false);
      return setError(result.error.message);
    }
    setError(null);
    setSettings(result.value);
    setSaved(true);
  }

  return (
    <form
      className="panel"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="calendar-heading"
    >
      <h2 id="calendar-heading">Working days</h2>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {saved && (
        <p className="confirmation">✓ Working days saved. Due dates logged from now on use them.</p>
      )}
      <Field id="calendar-region" label="Bank holidays of">
        <select
          value={settings.region}
          onChange={(e) => setSettings({ ...settings, region: e.target.value as Region })}
        >
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {REGION_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <details>
        <summary>Bank holidays this year and next ({settings.bankHolidays.length})</summary>
        <ul>
          {settings.bankHolidays.map((h) => (
            <li key={h.date}>
              {formatDay(h.date)}: {h.name}
            </li>
          ))}
        </ul>
      </details>
      <DateListField
        id="closure-day"
        label="Closure days"
        dates={settings.closureDays}
        onChange={(closureDays) => setSettings({ ...settings, closureDays })}
      />
      <DateListField
        id="extra-holiday"
        label="Extra holidays (e.g. a new royal proclamation)"
        dates={settings.extraHolidays}
        onChange={(extraHolidays) => setSettings({ ...settings, extraHolidays })}
      />
      <div className="actions">
        <button type="submit" className="primary">
          Save working days
        </button>
      </div>
    </form>
  );
}
