import { useEffect, useRef, useState } from 'react';
import type { CustomerSummary } from '../../../../shared/api';
import { IDENTIFIER_LABELS } from '../../../../shared/domain/customer-identifiers';
import { describeNeeds } from '../../../../shared/domain/needs';
import { callApi } from '../../api/client';
import { useAppStore } from '../../store';
import { NewCustomerForm } from './NewCustomerForm';

/**
 * Search an adviser can trust with a caller on the line (NeSDS 23): name with typos and
 * nicknames, postcode (whole or part), phone, email or council reference, as they type. A
 * record holding exactly the reference, phone, email or postcode typed comes first and says
 * so in words, so Enter opens the caller and not a namesake (issue 19).
 */
export function CustomerSearch({ onOpen }: { onOpen: (id: string) => void }) {
  const query = useAppStore((s) => s.customerQuery);
  const setQuery = useAppStore((s) => s.setCustomerQuery);
  const [results, setResults] = useState<CustomerSummary[] | null>(null);
  const [creating, setCreating] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return setResults(null);
    const timer = window.setTimeout(() => {
      // Only the answer to the latest query is shown, however the replies arrive.
      const ticket = ++latest.current;
      void callApi('customers.find', { query: q }).then((r) => {
        if (ticket === latest.current && r.ok) setResults(r.value);
      });
    }, 120);
    return () => window.clearTimeout(timer);
  }, [query]);

  return (
    <section className="panel customer-search" aria-labelledby="customer-search-heading">
      <h2 id="customer-search-heading">Find a customer</h2>
      <div className="field">
        <label htmlFor="customer-search">Name, postcode, phone, email or reference</label>
        <span id="customer-search-hint" className="hint">
          Spelling need not be exact: “Jon Smyth, WA8” finds John Smith in WA8.
        </span>
        <input
          id="customer-search"
          type="search"
          aria-describedby="customer-search-hint"
          aria-controls="customer-results"
          value={query}
          autoComplete="off"
          // Enter opens the best match: the caller is often found on the first result.
          onKeyDown={(e) => {
            if (e.key === 'Enter' && results?.[0]) onOpen(results[0].id);
          }}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div id="customer-results" aria-live="polite">
        {results && results.length === 0 && (
          <p>No customer matches “{query.trim()}”. Check the spelling or create a new record.</p>
        )}
        {results && results.length > 0 && (
          <table className="data-table">
            <caption className="visually-hidden">
              {results.length} matching customers, best match first
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Postcode</th>
                <th scope="col">Phone</th>
                <th scope="col">Needs and markers</th>
              </tr>
            </thead>
            <tbody>
              {results.map((c) => (
                <tr key={c.id} data-testid="customer-result">
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onOpen(c.id)}>
                      {c.displayName}
                    </button>
                    {c.exact && c.matchedOn && (
                      <span className="exact-match" data-testid="exact-match">
                        {' '}
                        Exact match: {IDENTIFIER_LABELS[c.matchedOn]}
                      </span>
                    )}
                  </th>
                  <td>{c.postcode ?? '–'}</td>
                  <td>{c.phone ?? '–'}</td>
                  <td>
                    {c.hasWarningMarker && <strong className="marker">⚠ Warning marker </strong>}
                    {describeNeeds(c.needs).join(', ') || (c.hasWarningMarker ? '' : '–')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {creating ? (
        <NewCustomerForm onCreated={onOpen} onCancel={() => setCreating(false)} />
      ) : (
        <button type="button" onClick={() => setCreating(true)}>
          New customer record
        </button>
      )}
    </section>
  );
}
