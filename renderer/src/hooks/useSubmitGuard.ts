import { useCallback, useRef, useState } from 'react';
import { guardSave, type Preventable } from '../submit-guard';

/**
 * One save at a time for a form (issue 19): `guard(save)` gives the handler for the form's
 * onSubmit (or its own key handler), which ignores the save key while a save is running.
 * `busy` is for the submit button's "Saving…".
 */
export function useSubmitGuard(): {
  guard: <E extends Preventable>(save: (event: E) => Promise<unknown>) => (event: E) => void;
  busy: boolean;
} {
  const flag = useRef({ running: false });
  const [busy, setBusy] = useState(false);
  const guard = useCallback(<E extends Preventable>(save: (event: E) => Promise<unknown>) => {
    const run = guardSave(flag.current, save, setBusy);
    return (event: E) => void run(event);
  }, []);
  return { guard, busy };
}
