import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftValue } from '../../../shared/api';
import { callApi } from '../api/client';

/** Quiet time after the last key before the draft is written. */
const SAVE_AFTER_MS = 800;

export interface DraftControls {
  /** When the draft now shown was last kept, or null when the form started empty. */
  restoredAt: string | null;
  /** Keeps what is typed (called on every change; written after a pause). */
  keep: (data: Record<string, DraftValue>) => void;
  /** Forgets the draft: after a save, or when the adviser discards it. */
  discard: () => Promise<void>;
}

/**
 * A form kept as it is typed (issue 19, "nothing lost on the way"): in the database, per
 * member of staff, so a refresh, a closed window or signing in again brings it back until it
 * is saved or discarded. `restore` puts a kept draft back into the form once, on opening.
 * `form` null keeps no draft (a correction of a saved contact has its own record).
 */
export function useDraft(
  form: string | null,
  restore: (data: Record<string, DraftValue>) => void,
): DraftControls {
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;
  // Typing before the draft arrives wins: the draft never overwrites what was just typed.
  const typed = useRef(false);

  useEffect(() => {
    if (!form) return;
    let current = true;
    void callApi('drafts.get', { form }).then((r) => {
      if (!current || !r.ok || !r.value || typed.current) return;
      restoreRef.current(r.value.data);
      setRestoredAt(r.value.updatedAt);
    });
    return () => {
      current = false;
      window.clearTimeout(timer.current);
    };
  }, [form]);

  const keep = useCallback(
    (data: Record<string, DraftValue>) => {
      if (!form) return;
      typed.current = true;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        void callApi('drafts.save', { form, data });
      }, SAVE_AFTER_MS);
    },
    [form],
  );

  const discard = useCallback(async () => {
    window.clearTimeout(timer.current);
    setRestoredAt(null);
    if (form) await callApi('drafts.discard', { form });
  }, [form]);

  return { restoredAt, keep, discard };
}
