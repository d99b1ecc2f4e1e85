// The header's word on sync with the council server (issue 21, "Visible state"): nothing on a
// single desk; on a joined desk "Online" or "Offline since 10:42, 14 changes waiting", and a
// way to the sync problems list while there are any. Words and an icon, never colour alone.
import { onlineWords, problemCountWords } from '../screens/sync/sync-words';
import { useSyncStatus } from '../screens/sync/useSyncStatus';
import '../screens/sync/sync.css';

export function SyncStatusHeader({
  enabled,
  onOpenProblems,
}: {
  enabled: boolean;
  onOpenProblems: () => void;
}) {
  const { status } = useSyncStatus(enabled);
  if (!status || status.mode !== 'joined') return null;
  return (
    <div className="sync-header" data-testid="sync-status">
      <p className={status.online ? 'sync-state online' : 'sync-state offline'}>
        <span aria-hidden="true" className="sync-icon">
          {status.online ? '✓' : '⚠'}
        </span>{' '}
        {onlineWords(status)}
      </p>
      {status.problems > 0 && (
        <button type="button" className="sync-problems-link" onClick={onOpenProblems}>
          <span aria-hidden="true">⚠ </span>
          {problemCountWords(status.problems)} <kbd>Alt+Y</kbd>
        </button>
      )}
    </div>
  );
}
