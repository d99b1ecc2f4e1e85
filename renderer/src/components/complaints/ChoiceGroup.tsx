/**
 * Radios in a fieldset, the legend naming the question (GOV.UK pattern). The first radio
 * carries `id`, so an error summary link lands on the group.
 */
export function ChoiceGroup<T extends string>({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  id: string;
  name: string;
  legend: string;
  options: { value: T; label: string }[];
  value?: T | '';
  onChange?: (value: T) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset
      className={error ? 'choice-group has-error' : 'choice-group'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <span id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
      <div className="choices">
        {options.map((option, i) => (
          <label className="check" key={option.value}>
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${option.value}`}
              name={name}
              value={option.value}
              {...(value === undefined
                ? {}
                : { checked: value === option.value, onChange: () => onChange?.(option.value) })}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
