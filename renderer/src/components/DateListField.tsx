import { useState } from 'react';
import { formatDay } from '../format';

/** A list of dates with add and remove buttons, for closure days and extra holidays. */
export function DateListField({
  id,
  label,
  dates,
  onChange,
}: {
  id: string;
  label: string;
  dates: string[];
  onChange: (dates: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  return (
    <fieldset className="date-list">
      <legend>{label}</legend>
      {dates.length === 0 ? (
        <p className="hint">None.</p>
      ) : (
        <ul>
          {dates.map((d) => (
            <li key={d}>
              {formatDay(d)}{' '}
              <button type="button" onClick={() => onChange(dates.filter((x) => x !== d))}>
                Remove<span className="visually-hidden"> {formatDay(d)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id}>Add a date</label>
      <input id={id} type="date" value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button
        type="button"
        onClick={() => {
          if (draft && !dates.includes(draft)) onChange([...dates, draft].sort());
          setDraft('');
        }}
      >
        Add<span className="visually-hidden"> to {label.toLowerCase()}</span>
      </button>
    </fieldset>
  );
}
