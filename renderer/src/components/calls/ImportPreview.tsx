import type { CallPreview } from '../../../../shared/api/calls';
import { formatDateTime } from '../../format';

/** What the import will do with every row, before anything is written. */
export function ImportPreview({ preview }: { preview: CallPreview }) {
  const asa =
    preview.averageSpeedOfAnswer === null
      ? 'no answered calls'
      : `${Math.round(preview.averageSpeedOfAnswer)} seconds`;
  return (
    <section aria-labelledby="call-preview-heading" className="call-preview">
      <h2 id="call-preview-heading">What the import will do</h2>
      <dl className="facts" data-testid="call-preview-counts">
        <dt>Rows read</dt>
        <dd>{preview.rowsRead}</dd>
        <dt>To import</dt>
        <dd>
          {preview.toImport} ({preview.answered} answered, {preview.abandoned} abandoned; average
          speed of answer {asa})
        </dd>
        <dt>Duplicates, left out</dt>
        <dd>
          {preview.duplicates}
          {preview.duplicateLines.length > 0 &&
            ` (line${preview.duplicateLines.length > 1 ? 's' : ''} ${preview.duplicateLines.join(', ')})`}
        </dd>
        <dt>Rows with a problem, skipped</dt>
        <dd>{preview.skipped}</dd>
        <dt>Answer times typed by advisers on these days</dt>
        <dd>
          {preview.typedReplaced === 0
            ? 'None'
            : `${preview.typedReplaced}, replaced by the switch’s records in the figures`}
        </dd>
      </dl>
      {preview.unknownAgents.length > 0 && (
        <p className="warning-text">
          <span aria-hidden="true">⚠ </span>
          Not on our staff list, so imported without an adviser: {preview.unknownAgents.join(', ')}.
        </p>
      )}
      {preview.problems.length > 0 && (
        <table className="data-table" data-testid="call-problems">
          <caption>Rows skipped, and why</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {preview.problems.map((p) => (
              <tr key={p.line}>
                <td>{p.line}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.sample.length > 0 && (
        <table className="data-table" data-testid="call-sample">
          <caption>The first calls to import, as they will be recorded</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Reached the queue</th>
              <th scope="col">Waited</th>
              <th scope="col">Ended</th>
              <th scope="col">Adviser</th>
              <th scope="col">Transferred</th>
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((s) => (
              <tr key={s.line}>
                <td>{s.line}</td>
                <td>{formatDateTime(s.queuedAt)}</td>
                <td>{s.waitSeconds} s</td>
                <td>{s.answered ? 'Answered' : 'Abandoned'}</td>
                <td>
                  {s.adviser === null
                    ? s.answered
                      ? 'Not given'
                      : 'No one (abandoned)'
                    : s.adviserKnown
                      ? s.adviser
                      : `${s.adviser} (not on our staff list)`}
                </td>
                <td>{s.transferred ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
