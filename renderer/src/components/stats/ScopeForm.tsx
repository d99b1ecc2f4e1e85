import { useEffect, useState, type FormEvent } from 'react';
import type { StatsScope } from '../../../../shared/api/stats';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { PERIOD_LABELS, PERIODS, periodOf, type Period } from '../../stats/periods';
import { Field } from '../Field';
import { SiteSelect } from '../SiteSelect';

type Scopes = {
  teams: string[];
  advisers: { id: string; name: string }[];
};

/** Which day or period, and whose figures: all sites or one, a team or an adviser. */
export function ScopeForm({
  today,
  onShow,
}: {
  today: string;
  onShow: (scope: StatsScope) => void;
}) {
  const [period, setPeriod] = useState<Period>('day');
  const [scopes, setScopes] = useState<Scopes | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void callApi('stats.scopes', {}).then((r) => r.ok && setScopes(r.value));
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => textOf(data, name);
    const date = text('date');
    const range =
      period === 'range'
        ? { from: text('from'), to: text('to') }
        : date
          ? periodOf(period, date)
          : null;
    if (!range || !range.from || !range.to) {
      setError('Choose the date to report on.');
      return;
    }
    setError(null);
    const who = text('who');
    onShow({
      ...range,
      ...(text('siteId') ? { siteId: text('siteId') } : {}),
      ...(who.startsWith('team:') ? { team: who.slice(5) } : {}),
      ...(who.startsWith('staff:') ? { staffId: who.slice(6) } : {}),
    });
  }

  return (
    <form
      className="row-form stats-scope"
      onSubmit={onSubmit}
      noValidate
      aria-label="Which figures"
    >
      <Field id="stats-period" label="Period">
        <select name="period" value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[p]}
            </option>
          ))}
        </select>
      </Field>
      {period === 'range' ? (
        <>
          <Field id="stats-from" label="From">
            <input name="from" type="date" defaultValue={`${today.slice(0, 8)}01`} />
          </Field>
          <Field id="stats-to" label="To">
            <input name="to" type="date" defaultValue={today} />
          </Field>
        </>
      ) : (
        <Field id="stats-date" label={period === 'day' ? 'Day' : `A day in the ${period}`}>
          <input name="date" type="date" defaultValue={today} />
        </Field>
      )}
      <SiteSelect id="stats-site" />
      <Field id="stats-who" label="Team or adviser">
        <select name="who" defaultValue="">
          <option value="">All teams</option>
          <optgroup label="Teams">
            {scopes?.teams.map((t) => (
              <option key={t} value={`team:${t}`}>
                {t}
              </option>
            ))}
          </optgroup>
          <optgroup label="Advisers">
            {scopes?.advisers.map((a) => (
              <option key={a.id} value={`staff:${a.id}`}>
                {a.name}
              </option>
            ))}
          </optgroup>
        </select>
      </Field>
      <button type="submit">Show the figures</button>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </form>
  );
}
