import type { CallPreview } from '../../../../shared/api/calls';
import { typedTimeWords } from '../../../../shared/calls/switch-cover-words';
import { formatDateTime } from '../../format';

/** What the import will do with every row, and to the answer times advisers typed, before
 * anything is written. */
export function ImportPreview({ preview }: { preview: CallPreview }) {
  const typedWords = typedTimeWords(preview);
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
        <dt>Typed answer times to be replaced</dt>
        <dd>{preview.typedReplaced === 0 ? 'None' : preview.typedReplaced}</dd>
      </dl>
      {typedWords.length > 0 && (
        <div
          className={preview.typedReplaced > 0 ? 'warning-text' : undefined}
          data-testid="call-preview-typed"
        >
          {typedWords.map((sentence, i) => (
            <p key={sentence}>
              {i === 0 && preview.typedReplaced > 0 && <span aria-hidden="true">⚠ </span>}
              {sentence}
            </p>
          ))}
        </div>
      )}
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
