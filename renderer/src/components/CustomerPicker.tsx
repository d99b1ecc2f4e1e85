import { useEffect, useState } from 'react';
import type { CustomerSummary, PossibleDuplicate } from '../../../shared/api';
import { IDENTIFIER_LABELS } from '../../../shared/domain/customer-identifiers';
import { callApi } from '../api/client';
import { PossibleDuplicates } from './customers/PossibleDuplicates';

/**
 * Find a customer by name, postcode, phone, email or reference, or create a record there and
 * then. Reception and the inbox both use it, so a customer is typed once. What was typed is
 * cleared once a customer is chosen: left behind, it offered the last caller again after a
 * save, and Enter linked the next caller to them (issue 19).
 */
export function CustomerPicker({
  idPrefix,
  customer,
  onChange,
}: {
  idPrefix: string;
  customer: CustomerSummary | null;
  onChange: (customer: CustomerSummary | null) => void;
}) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<CustomerSummary[]>([]);
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState({ firstName: '', lastName: '', postcode: '', phone: '' });
  const [error, setError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<PossibleDuplicate[]>([]);

  useEffect(() => {
    if (query.trim().length < 2 || customer) return setMatches([]);
    const timer = window.setTimeout(() => {
      void callApi('customers.find', { query }).then((r) => r.ok && setMatches(r.value));
    }, 150);
    return () => window.clearTimeout(timer);
  }, [query, customer]);

  function choose(chosen: CustomerSummary) {
    setQuery('');
    setMatches([]);
    setError(null);
    setDuplicates([]);
    setCreating(false);
    setDraft({ firstName: '', lastName: '', postcode: '', phone: '' });
    onChange(chosen);
  }

  /** `confirmNew`: the adviser has seen the records that looked like this person. */
  async function create(confirmNew = false) {
    const result = await callApi('customers.create', {
      firstName: draft.firstName,
      lastName: draft.lastName,
      ...(draft.postcode ? { postcode: draft.postcode } : {}),
      ...(draft.phone ? { phone: draft.phone } : {}),
      ...(confirmNew ? { confirmNew } : {}),
    });
    if (!result.ok) {
      setDuplicates(result.error.possibleDuplicates ?? []);
      return setError(result.error.possibleDuplicates ? null : result.error.message);
    }
    choose(result.value);
  }

  if (customer) {
    return (
      <p className="linked">
        Customer: <strong>{customer.displayName}</strong>
        {customer.postcode && `, ${customer.postcode}`}
        {customer.hasWarningMarker && (
          <strong className="marker"> ⚠ This customer has a warning marker.</strong>
        )}{' '}
        <button
          type="button"
          onClick={() => {
            onChange(null);
            setQuery('');
          }}
        >
          Unlink<span className="visually-hidden"> {customer.displayName}</span>
        </button>
      </p>
    );
  }
  return (
    <div className="customer-picker">
      <div className="field">
        <label htmlFor={`${idPrefix}-find`}>Find a customer record</label>
        <span id={`${idPrefix}-find-hint`} className="hint">
          Name, postcode, phone, email or council reference (optional).
        </span>
        <input
          id={`${idPrefix}-find`}
          aria-describedby={`${idPrefix}-find-hint`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          // Enter takes the best match rather than submitting the form around the picker.
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (matches[0]) choose(matches[0]);
          }}
          autoComplete="off"
        />
      </div>
      {matches.length > 0 && (
        <ul className="matches" aria-label="Matching customers">
          {matches.map((m) => (
            <li key={m.id}>
              <button type="button" onClick={() => choose(m)}>
                {m.displayName}
                {m.postcode && `, ${m.postcode}`}
                {m.hasWarningMarker && ' ⚠ warning marker'}
                {m.exact && m.matchedOn && ` (Exact match: ${IDENTIFIER_LABELS[m.matchedOn]})`}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!creating ? (
        <button type="button" onClick={() => setCreating(true)}>
          New customer record
        </button>
      ) : (
        <fieldset className="new-customer">
          <legend>New customer record</legend>
          {error && (
            <p role="alert" className="error-text">
              {error}
            </p>
          )}
          {(['firstName', 'lastName', 'postcode', 'phone'] as const).map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`${idPrefix}-new-${key}`}>
                {
                  {
                    firstName: 'First name',
                    lastName: 'Last name',
                    postcode: 'Postcode',
                    phone: 'Phone',
                  }[key]
                }
              </label>
              <input
                id={`${idPrefix}-new-${key}`}
                value={draft[key]}
                onChange={(e) => {
                  setDraft({ ...draft, [key]: e.target.value });
                  // Changed details are checked again against the register.
                  setDuplicates([]);
                }}
                autoComplete="off"
              />
            </div>
          ))}
          {duplicates.length > 0 ? (
            <PossibleDuplicates
              idPrefix={idPrefix}
              matches={duplicates}
              onUse={choose}
              onCreateAnyway={() => void create(true)}
            />
          ) : (
            <button type="button" onClick={() => void create()}>
              Create record
            </button>
          )}
        </fieldset>
      )}
    </div>
  );
}
