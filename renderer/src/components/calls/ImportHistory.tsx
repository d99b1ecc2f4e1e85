import { useState } from 'react';
import type { CallImportView } from '../../../../shared/api/calls';
import { formatDateTime } from '../../format';

/** Past imports, newest first; any not yet undone can be undone, after a second press. */
export function ImportHistory({
  imports,
  onUndo,
}: {
  imports: CallImportView[];
  onUndo: (id: string) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (imports.length === 0) return <p>No call records have been imported yet.</p>;
  return (
    <table className="data-table" data-testid="call-imports">
      <caption>Imports so far</caption>
      <thead>
        <tr>
          <th scope="col">Imported</th>
          <th scope="col">File</th>
          <th scope="col">Telephone system</th>
          <th scope="col">Site</th>
          <th scope="col">Calls</th>
          <th scope="col">Duplicates</th>
          <th scope="col">Skipped</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {imports.map((i) => (
          <tr key={i.id}>
            <td>
              {formatDateTime(i.importedAt)} by {i.importedByName}
            </td>
            <td>{i.fileName}</td>
            <td>{i.sourceName}</td>
            <td>{i.siteName}</td>
            <td>{i.imported}</td>
            <td>{i.duplicates}</td>
            <td>{i.skipped}</td>
            <td>
              {i.undoneAt ? (
                `Undone ${formatDateTime(i.undoneAt)}`
              ) : confirming === i.id ? (
                <span className="confirmation-row">
                  Remove its {i.imported} calls?{' '}
                  <button
                    type="button"
                    onClick={() => {
                      setConfirming(null);
                      void onUndo(i.id);
                    }}
                  >
                    Yes, undo the import
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>
                    Keep them
                  </button>
                </span>
              ) : (
                <>
                  Imported{' '}
                  <button
                    type="button"
                    onClick={() => setConfirming(i.id)}
                    aria-label={`Undo the import of ${i.fileName}`}
                  >
                    Undo
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
