import { useEffect, useState, type FormEvent } from 'react';
import type { SiteHours } from '../../../shared/api';
import type { OpeningHours } from '../../../shared/time/opening-hours';
import { callApi } from '../api/client';
import { OpeningHoursTable } from './OpeningHoursTable';

/** Each site's weekly opening hours: one or two spells a day, or closed. */
export function OpeningHoursForm() {
  const [sites, setSites] = useState<SiteHours[]>([]);
  const [siteId, setSiteId] = useState('');
  const [hours, setHours] = useState<OpeningHours | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void callApi('sites.hours', {}).then((r) => {
      if (!r.ok || r.value.length === 0) return;
      setSites(r.value);
      setSiteId(r.value[0]!.id);
      setHours(r.value[0]!.hours);
    });
  }, []);
  if (!hours) return <p aria-busy="true">Loading opening hours…</p>;

  function chooseSite(id: string) {
    setSiteId(id);
    setHours(sites.find((s) => s.id === id)?.hours ?? null);
    setErrors([]);
    setSaved(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await callApi('sites.updateHours', { siteId, hours: hours! });
    if (!result.ok) {
      setSaved(false);
      return setErrors(
        result.error.fields
          ? [...new Set(Object.values(result.error.fields))]
          : [result.error.message],
      );
    }
    setErrors([]);
    setSites(sites.map((s) => (s.id === siteId ? result.value : s)));
    setSaved(true);
  }

  return (
    <form
      className="panel"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="hours-heading"
    >
      <h2 id="hours-heading">Opening hours</h2>
      {errors.length > 0 && (
        <div role="alert" className="error-summary">
          <h3>The opening hours were not saved</h3>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {saved && <p className="confirmation">✓ Opening hours saved.</p>}
      <label htmlFor="hours-site">Site</label>
      <select id="hours-site" value={siteId} onChange={(e) => chooseSite(e.target.value)}>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <OpeningHoursTable hours={hours} onChange={setHours} />
      <div className="actions">
        <button type="submit" className="primary">
          Save opening hours
        </button>
      </div>
    </form>
  );
}
