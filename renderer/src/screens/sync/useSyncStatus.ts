import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../../../shared/api/sync';
import { callApi, listen } from '../../api/client';

/** How often the status is read again when nothing was heard (a missed event, a clock tick). */
const REFRESH_MS = 10_000;

/**
 * This desk's sync with the council server, kept fresh: read again whenever the back end says
 * it changed ('sync.changed') and every 10 s, so "offline since" and the waiting count never go
 * stale on a screen left open. Null until the first answer.
 */
export function useSyncStatus(enabled = true): {
  status: SyncStatus | null;
  refresh: () => void;
  setStatus: (status: SyncStatus) => void;
} {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const refresh = useCallback(() => {
    void callApi('sync.status', {}).then((r) => r.ok && setStatus(r.value));
  }, []);
  useEffect(() => {
    if (!enabled) return;
    refresh();
    const stop = listen('sync.changed', refresh);
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, [enabled, refresh]);
  return { status, refresh, setStatus };
}
