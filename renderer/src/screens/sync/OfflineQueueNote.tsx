// Issue 22, offline at a site: a desk joined to the council server that cannot reach it keeps
// a local queue of the visitors checked in at this PC only, and says so where the queue is
// worked, in words (never colour alone). Nothing on a single desk, or while online.
import { londonTimeOf } from '../../../../shared/time/london';
import { useSyncStatus } from './useSyncStatus';

export function OfflineQueueNote() {
  const { status } = useSyncStatus();
  if (!status || status.mode !== 'joined' || status.online) return null;
  const since = status.offlineSince ? ` since ${londonTimeOf(status.offlineSince)}` : '';
  return (
    <p className="notice" role="status" data-testid="offline-queue-note">
      ⚠ Offline{since}: only visitors checked in at this PC are called from here. The others shown
      may be called at other desks until the council server is back.
    </p>
  );
}
