import { useEffect } from 'react';
import { listen } from '../api/client';
import { useAppStore } from '../store';

/**
 * Reloads the council's lists when an administrator changes them (reference.changed), so a
 * service added or retired at one desk is in, or out of, every other desk's pick-lists
 * without anyone signing in again.
 */
export function useReferenceUpdates(enabled: boolean): void {
  const loadReference = useAppStore((s) => s.loadReference);
  useEffect(() => {
    if (!enabled) return;
    return listen('reference.changed', () => void loadReference());
  }, [enabled, loadReference]);
}
