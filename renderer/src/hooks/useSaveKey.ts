import { useEffect } from 'react';

/**
 * Ctrl+Enter saves the form that holds the cursor, wherever in it the cursor is (issue 19):
 * one handler for every form, so none needs a mouse to save. It listens last, on the window,
 * so a form that handles the key itself (the quick log saves on any Enter) is left to it.
 * Forms guard their own save (useSubmitGuard), so pressing it twice saves once.
 */
export function useSaveKey(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.defaultPrevented || !(event.target instanceof Element)) return;
      const form = event.target.closest('form');
      if (!form) return;
      event.preventDefault();
      form.requestSubmit();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
