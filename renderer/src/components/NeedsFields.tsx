import type { CustomerNeeds } from '../../../shared/domain/needs';

/** The needs the desk must know before calling: shown as a fieldset of checkboxes. */
export function NeedsFields({
  idPrefix,
  needs,
  onChange,
  error,
}: {
  idPrefix: string;
  needs: CustomerNeeds;
  onChange: (needs: CustomerNeeds) => void;
  error?: string | undefined;
}) {
  const box = (
    key: 'interpreter' | 'bslSigner' | 'hearingLoop' | 'accessibleDesk' | 'largePrint' | 'easyRead',
    label: string,
  ) => (
    <label className="check" htmlFor={`${idPrefix}-${key}`}>
      <input
        id={`${idPrefix}-${key}`}
        type="checkbox"
        checked={needs[key]}
        onChange={(e) => onChange({ ...needs, [key]: e.target.checked })}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset className="needs">
      <legend>Needs the desk must know</legend>
      {box('interpreter', 'Interpreter')}
      {needs.interpreter && (
        <div className={error ? 'field has-error' : 'field'}>
          <label htmlFor={`${idPrefix}-language`}>Language</label>
          {error && (
            <span id={`${idPrefix}-language-error`} className="field-error">
              ⚠ {error}
            </span>
          )}
          <input
            id={`${idPrefix}-language`}
            value={needs.language ?? ''}
            aria-describedby={error ? `${idPrefix}-language-error` : undefined}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange({ ...needs, language: e.target.value || null })}
          />
        </div>
      )}
      {box('bslSigner', 'BSL signer')}
      {box('hearingLoop', 'Hearing loop')}
      {box('accessibleDesk', 'Accessible desk')}
      {box('largePrint', 'Large print')}
      {box('easyRead', 'Easy read')}
      <div className="field">
        <label htmlFor={`${idPrefix}-other`}>Other need</label>
        <input
          id={`${idPrefix}-other`}
          value={needs.other ?? ''}
          onChange={(e) => onChange({ ...needs, other: e.target.value || null })}
        />
      </div>
    </fieldset>
  );
}
