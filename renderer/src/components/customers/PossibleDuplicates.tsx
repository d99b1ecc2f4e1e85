import { useEffect, useRef } from 'react';
import type { PossibleDuplicate } from '../../../../shared/api';

const birthFormatter = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The records already held that look like the customer about to be created (issue 19): the
 * adviser checks them with the customer and uses one, or says it is someone else. Nothing
 * is written until they choose.
 */
export function PossibleDuplicates({
  idPrefix,
  matches,
  onUse,
  onCreateAnyway,
}: {
  idPrefix: string;
  matches: PossibleDuplicate[];
  onUse: (match: PossibleDuplicate) => void;
  onCreateAnyway: () => void;
}) {
  // The button that asked is gone: the keyboard goes on to the first record offered.
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="possible-duplicates" data-testid="possible-duplicates">
      <p role="alert" id={`${idPrefix}-duplicates-intro`}>
        <strong>We may already have a record for this person.</strong> Check with the customer, then
        use their record, or create a new one if this is someone else.
      </p>
      <ul aria-labelledby={`${idPrefix}-duplicates-intro`}>
        {matches.map((m, i) => (
          <li key={m.id} data-testid="possible-duplicate">
            <strong>{m.displayName}</strong>
            {m.postcode && `, ${m.postcode}`}
            {m.dateOfBirth &&
              `, born ${birthFormatter.format(new Date(`${m.dateOfBirth}T12:00:00Z`))}`}
            {m.hasWarningMarker && <strong className="marker"> ⚠ Warning marker</strong>}
            <span className="hint"> Why: {m.reasons.join('; ')}.</span>{' '}
            <button type="button" ref={i === 0 ? first : undefined} onClick={() => onUse(m)}>
              Use this record<span className="visually-hidden"> ({m.displayName})</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCreateAnyway}>
        Create a new record anyway
      </button>
    </div>
  );
}
