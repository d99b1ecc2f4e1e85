import { useEffect, useState } from 'react';
import { listen } from '../api/client';
import { useAppStore } from '../store';

const POLL_MS = 5_000;

/**
 * Keeps the queue board live: refreshes when the back end says the queue changed, polls as a
 * fallback, and ticks once a second so wait timers run between refreshes.
 */
export function useLiveBoard() {
  const board = useAppStore((s) => s.board);
  const receivedAt = useAppStore((s) => s.boardReceivedAt);
  const loadBoard = useAppStore((s) => s.loadBoard);
  const [, setTick] = useState(0);

  useEffect(() => {
    void loadBoard();
    const unsubscribe = listen('queue.changed', () => void loadBoard());
    const poll = window.setInterval(() => void loadBoard(), POLL_MS);
    const tick = window.setInterval(() => setTick((t) => t + 1), 1_000);
    return () => {
      unsubscribe();
      window.clearInterval(poll);
      window.clearInterval(tick);
    };
  }, [loadBoard]);

  /** Seconds since the board was fetched, added to its figures so timers keep running. */
  const sinceFetch = board ? Math.max(0, Math.floor((performance.now() - receivedAt) / 1000)) : 0;
  return { board, sinceFetch };
}
