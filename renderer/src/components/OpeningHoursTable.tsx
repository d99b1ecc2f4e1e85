import { WEEKDAYS, WEEKDAY_LABELS, type OpeningHours } from '../../../shared/time/opening-hours';

/**
 * A week of opening hours to edit: one or two spells a day, or closed. Used for an existing
 * site (OpeningHoursForm, in Settings) and a new one (the council lists' Add a site).
 */
export function OpeningHoursTable({
  hours,
  onChange,
}: {
  hours: OpeningHours;
  onChange: (hours: OpeningHours) => void;
}) {
  function setTime(
    day: (typeof WEEKDAYS)[number],
    index: number,
    key: 'open' | 'close',
    value: string,
  ) {
    const spells = hours[day].map((s, i) => (i === index ? { ...s, [key]: value } : s));
    onChange({ ...hours, [day]: spells });
  }

  return (
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
                        onChange({
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
                      onChange({
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
  );
}
