import { useEffect, useState, type FormEvent } from 'react';
import type { StandardView } from '../../../shared/api';
import {
  CLOCK_UNITS,
  STANDARD_SUBJECTS,
  SUBJECT_LABELS,
  type ServiceStandard,
} from '../../../shared/time/standards';
import { callApi } from '../api/client';

const UNIT_LABELS = {
  seconds: 'Seconds',
  minutes: 'Minutes',
  working_hours: 'Working hours',
  working_days: 'Working days',
  calendar_days: 'Days',
} as const;
const BLANK: ServiceStandard = {
  name: '',
  subject: 'department_hand_off',
  unit: 'working_days',
  measure: 'share_within',
  thresholds: [{ percent: 90, limit: 5 }],
  source: '',
};

/** The council's service standards, each with one or more (percentage, limit) thresholds. */
export function StandardsEditor() {
  const [standards, setStandards] = useState<StandardView[]>([]);
  const [editing, setEditing] = useState<{ id?: string; standard: ServiceStandard } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const load = () => void callApi('standards.list', {}).then((r) => r.ok && setStandards(r.value));
  useEffect(load, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    const result = await callApi('standards.save', {
      ...(editing.id ? { id: editing.id } : {}),
      standard: editing.standard,
    });
    if (!result.ok)
      return setErrors(
        result.error.fields
          ? [...new Set(Object.values(result.error.fields))]
          : [result.error.message],
      );
    setErrors([]);
    setEditing(null);
    load();
  }

  const s = editing?.standard;
  const set = (patch: Partial<ServiceStandard>) =>
    editing && setEditing({ ...editing, standard: { ...editing.standard, ...patch } });
  return (
    <section className="panel" aria-labelledby="standards-heading">
      <h2 id="standards-heading">Service standards</h2>
      <table className="data-table">
        <caption className="visually-hidden">The council’s service standards</caption>
        <thead>
          <tr>
            <th scope="col">Standard</th>
            <th scope="col">Times</th>
            <th scope="col">Thresholds</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {standards.map((st) => (
            <tr key={st.id} data-testid="standard-row">
              <th scope="row">
                {st.name}
                {st.source && <span className="hint">{st.source}</span>}
              </th>
              <td>{SUBJECT_LABELS[st.subject]}</td>
              <td>{st.labels.join('; ')}</td>
              <td>
                <button
                  type="button"
                  onClick={() =>
                    setEditing({
                      id: st.id,
                      standard: {
                        name: st.name,
                        subject: st.subject,
                        unit: st.unit,
                        measure: st.measure,
                        thresholds: st.thresholds,
                        source: st.source,
                      },
                    })
                  }
                >
                  Edit<span className="visually-hidden"> {st.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!editing && (
        <button type="button" onClick={() => setEditing({ standard: BLANK })}>
          Add a standard
        </button>
      )}
      {s && (
        <form
          onSubmit={(e) => void onSubmit(e)}
          noValidate
          className="standard-form"
          aria-labelledby="standard-form-heading"
        >
          <h3 id="standard-form-heading">{editing.id ? `Edit ${s.name}` : 'New standard'}</h3>
          {errors.length > 0 && (
            <div role="alert" className="error-summary">
              <h4>The standard was not saved</h4>
              <ul>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="grid">
            <div className="field">
              <label htmlFor="standard-name">Name</label>
              <input
                id="standard-name"
                value={s.name}
                onChange={(e) => set({ name: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="standard-subject">What it times</label>
              <select
                id="standard-subject"
                value={s.subject}
                onChange={(e) => set({ subject: e.target.value as ServiceStandard['subject'] })}
              >
                {STANDARD_SUBJECTS.map((x) => (
                  <option key={x} value={x}>
                    {SUBJECT_LABELS[x]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="standard-unit">Clock</label>
              <select
                id="standard-unit"
                value={s.unit}
                onChange={(e) => set({ unit: e.target.value as ServiceStandard['unit'] })}
              >
                {CLOCK_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {UNIT_LABELS[u]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="standard-measure">Measured as</label>
              <select
                id="standard-measure"
                value={s.measure}
                onChange={(e) => set({ measure: e.target.value as ServiceStandard['measure'] })}
              >
                <option value="share_within">A share within each limit</option>
                <option value="average_within">An average within the limit</option>
              </select>
            </div>
          </div>
          <fieldset>
            <legend>Thresholds</legend>
            {s.thresholds.map((th, i) => (
              <div key={i} className="threshold-row">
                <label htmlFor={`threshold-percent-${i}`}>Percentage</label>
                <input
                  id={`threshold-percent-${i}`}
                  type="number"
                  value={th.percent}
                  onChange={(e) =>
                    set({
                      thresholds: s.thresholds.map((x, j) =>
                        j === i ? { ...x, percent: Number(e.target.value) } : x,
                      ),
                    })
                  }
                />
                <label htmlFor={`threshold-limit-${i}`}>Within</label>
                <input
                  id={`threshold-limit-${i}`}
                  type="number"
                  value={th.limit}
                  onChange={(e) =>
                    set({
                      thresholds: s.thresholds.map((x, j) =>
                        j === i ? { ...x, limit: Number(e.target.value) } : x,
                      ),
                    })
                  }
                />
                <span>{UNIT_LABELS[s.unit].toLowerCase()}</span>
                {s.thresholds.length > 1 && (
                  <button
                    type="button"
                    onClick={() => set({ thresholds: s.thresholds.filter((_, j) => j !== i) })}
                  >
                    Remove threshold {i + 1}
                  </button>
                )}
              </div>
            ))}
            <button
              type="button"
              onClick={() =>
                set({
                  thresholds: [
                    ...s.thresholds,
                    { percent: 100, limit: (s.thresholds.at(-1)?.limit ?? 0) + 1 },
                  ],
                })
              }
            >
              Add a threshold
            </button>
          </fieldset>
          <div className="field">
            <label htmlFor="standard-source">Source (where the promise comes from)</label>
            <input
              id="standard-source"
              value={s.source}
              onChange={(e) => set({ source: e.target.value })}
            />
          </div>
          <div className="actions">
            <button type="submit" className="primary">
              Save standard
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
