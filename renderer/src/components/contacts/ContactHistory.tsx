import type { ChangeLogEntry, ContactVoid } from '../../../../shared/api';
import { formatTime } from '../../format';
import { VoidMark } from './VoidMark';
import './void-contact.css';

/** The entry that voided the contact: the update of its void fields (named by the back end's
 * electron/api/handlers/history.ts from the columns `voided_at`, `voided_by`, `void_reason`). */
const isVoiding = (e: ChangeLogEntry) => e.changes.some((c) => c.field === 'void reason');

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatTime(value);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

/**
 * A contact's change log as its adviser reads it. A void contact's history says so first, in
 * words, and what was recorded before the void is struck through.
 */
export function ContactHistory({
  entries,
  voided,
}: {
  entries: ChangeLogEntry[];
  voided: ContactVoid | null;
}) {
  return (
    <div className="history">
      <h2 className="inline-heading">History</h2>
      {voided && (
        <p>
          <VoidMark voided={voided} />
        </p>
      )}
      <ol>
        {entries.map((e) => {
          const voiding = isVoiding(e);
          return (
            <li key={e.id} className={voided && !voiding ? 'struck' : undefined}>
              <strong>
                {formatTime(e.at)}{' '}
                {e.action === 'create' ? 'recorded' : voiding ? 'voided' : 'corrected'} by{' '}
                {e.staffName ?? 'the system'}
              </strong>
              {e.action === 'update' && !voiding && (
                <ul>
                  {e.changes.map((change) => (
                    <li key={change.field}>
                      {change.field}: {show(change.before)} → {show(change.after)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
