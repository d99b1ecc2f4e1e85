import { useCallback, useEffect, useState } from 'react';
import type { NowCallingItem } from '../../../shared/api';
import { callApi, listen } from '../api/client';

const POLL_MS = 5_000;

export interface NowCallingBoard {
  site: string;
  calls: NowCallingItem[];
}

/**
 * The waiting-area board: only tickets and desks (queue.nowCalling), refreshed when the back
 * end says the queue changed, with a poll as the fallback should an event be missed.
 */
export function useNowCalling(): NowCallingBoard | null {
  const [board, setBoard] = useState<NowCallingBoard | null>(null);
  const load = useCallback(async () => {
    const result = await callApi('queue.nowCalling', {});
    if (result.ok) setBoard(result.value);
  }, []);

  useEffect(() => {
    void load();
    const unsubscribe = listen('queue.changed', () => void load());
    const poll = window.setInterval(() => void load(), POLL_MS);
    return () => {
      unsubscribe();
      window.clearInterval(poll);
    };
  }, [load]);
  return board;
}
