import { useEffect, useRef } from 'react';
import { useAppStore } from '../store';

const HEARTBEAT_MS = 60_000;

/**
 * Locks the app after the council's idle time with no key or pointer use, and tells the
 * back end the adviser is active (it locks the session itself too, so a desk left open
 * stays protected even if this page stops running).
 */
export function useIdleLock(): void {
  const lockAfterMinutes = useAppStore((s) => s.session?.lockAfterMinutes ?? 5);
  const locked = useAppStore((s) => s.session?.locked ?? true);
  const lock = useAppStore((s) => s.lock);
  const heartbeat = useAppStore((s) => s.heartbeat);
  const lastActivity = useRef(Date.now());
  const lastBeat = useRef(Date.now());

  useEffect(() => {
    if (locked) return;
    lastActivity.current = Date.now();
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity.current >= lockAfterMinutes * 60_000) {
        void lock();
      } else if (
        now - lastBeat.current >= HEARTBEAT_MS &&
        now - lastActivity.current < HEARTBEAT_MS
      ) {
        lastBeat.current = now;
        void heartbeat();
      }
    }, 5_000);
    return () => {
      for (const e of events) window.removeEventListener(e, onActivity);
      window.clearInterval(timer);
    };
  }, [locked, lockAfterMinutes, lock, heartbeat]);
}
