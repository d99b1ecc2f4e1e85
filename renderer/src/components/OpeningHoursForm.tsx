import { useEffect, useState, type FormEvent } from 'react';
import type { SiteHours } from '../../../shared/api';
import { WEEKDAYS, WEEKDAY_LABELS, type OpeningHours } from '../../../shared/time/opening-hours';
import { api } from '../api/client';

/** Each site's weekly opening hours: one or two spells a day, or closed. */
export function OpeningHoursForm() {
  const [sites, setSites] = useState<SiteHours[]>([]);
  const [siteId, setSiteId] = useState('');
  const [hours, setHours] = useState<OpeningHours | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void api.call('sites.hours', {}).then((r) => {
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

  function setTime(
    day: (typeof WEEKDAYS)[number],
    index: number,
    key: 'open' | 'close',
    value: string,
  ) {
    const spells = hours![day].map((s, i) => (i === index ? { ...s, [key]: value } : s));
    setHours({ ...hours!, [day]: spells });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await api.call('sites.updateHours', { siteId, hours: hours! });
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
      <table className="data-table hours-table">
        <caption className="visually-hidden">Opening hours by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Opens</th>
            <th scope="col">Closes</th>
            <th scope="col">Second spell</th>
            <th scope="col">Open?</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day) => {
            const spells = hours[day];
            const label = WEEKDAY_LABELS[day];
            return (
              <tr key={day}>
                <th scope="row">{label}</th>
                <td>
                  {spells[0] && (
                    <input
                      type="time"
                      aria-label={`${label} opens`}
                      value={spells[0].open}
                      onChange={(e) => setTime(day, 0, 'open', e.target.value)}
                    />
                  )}
                </td>
                <td>
                  {spells[0] && (
                    <input
                      type="time"
                      aria-label={`${label} closes`}
                      value={spells[0].close === '24:00' ? '23:59' : spells[0].close}
                      onChange={(e) => setTime(day, 0, 'close', e.target.value)}
                    />
                  )}
                </td>
                <td>
                  {spells[1] ? (
                    <>
                      <input
                        type="time"
                        aria-label={`${label} second spell opens`}
                        value={spells[1].open}
                        onChange={(e) => setTime(day, 1, 'open', e.target.value)}
                      />{' '}
                      <input
                        type="time"
                        aria-label={`${label} second spell closes`}
                        value={spells[1].close}
                        onChange={(e) => setTime(day, 1, 'close', e.target.value)}
                      />
                    </>
                  ) : (
                    spells[0] && (
                      <button
                        type="button"
                        onClick={() =>
                          setHours({
                            ...hours,
                            [day]: [...spells, { open: spells[0]!.close, close: spells[0]!.close }],
                          })
                        }
                      >
                        Add a spell<span className="visually-hidden"> on {label}</span>
                      </button>
                    )
                  )}
                </td>
                <td>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={spells.length > 0}
                      onChange={(e) =>
                        setHours({
                          ...hours,
                          [day]: e.target.checked ? [{ open: '08:30', close: '16:30' }] : [],
                        })
                      }
                    />{' '}
                    Open on {label}
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions">
        <button type="submit" className="primary">
          Save opening hours
        </button>
      </div>
    </form>
  );
}
