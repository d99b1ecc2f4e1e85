import { useEffect } from 'react';

/**
 * Alt+key shortcuts, shown on screen beside what they do. Keys are matched case-free.
 * A screen's own keys win over the app's main navigation (`scope: 'app'`): screens listen
 * first, in the capture phase, and the navigation leaves a key a screen has handled.
 */
export function useShortcuts(
  map: Record<string, () => void>,
  enabled = true,
  scope: 'screen' | 'app' = 'screen',
): void {
  useEffect(() => {
    if (!enabled) return;
    const capture = scope === 'screen';
    function onKey(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (!capture && event.defaultPrevented) return;
      // event.code survives keyboard layouts where Alt changes the produced character.
      const key = event.code.startsWith('Digit')
        ? event.code.slice(5)
        : event.code.startsWith('Key')
          ? event.code.slice(3).toLowerCase()
          : '';
      const action = map[key];
      if (action) {
        event.preventDefault();
        action();
      }
    }
    window.addEventListener('keydown', onKey, { capture });
    return () => window.removeEventListener('keydown', onKey, { capture });
  }, [map, enabled, scope]);
}
