import { useState } from 'react';
import { ACCESS_ACTION_LABELS, type RecordAccessLog } from '../../../../shared/api/access-log';
import { callApi } from '../../api/client';
import { formatDateTime } from '../../format';

/**
 * "Who looked at this record" for a team leader (go-live issue, item 7; UK GDPR Art. 5(1)(f)):
 * each opening of the record, each reading of a contact's history and each export or print
 * of it, with who, where and when. Loaded when asked for, since it is seldom needed.
 */
export function RecordAccessPanel({ customerId }: { customerId: string }) {
  const [log, setLog] = useState<RecordAccessLog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    setBusy(true);
    const result = await callApi('customers.accessLog', { id: customerId });
    setBusy(false);
    if (result.ok) {
      setLog(result.value);
      setError(null);
    } else setError(result.error.message);
  }

  return (
    <section aria-labelledby="record-access-heading" className="record-access">
      <h2 id="record-access-heading">Who looked at this record</h2>
      <button type="button" onClick={() => void load()} disabled={busy}>
        {log ? 'Show the latest' : 'Show who looked at this record'}
      </button>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {log && (
        <table className="data-table" data-testid="record-access">
          <caption>
            {log.total === log.entries.length
              ? `Every look at this record (${log.total}), newest first`
              : `The latest ${log.entries.length} of ${log.total} looks at this record, newest first`}
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Where</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.staffName}</td>
                <td>{e.siteName}</td>
                <td>
                  {ACCESS_ACTION_LABELS[e.action]}
                  {e.action === 'exported' || e.action === 'printed' ? `: ${e.subject}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
