import { useLayoutEffect } from 'react';

/**
 * Alt+key shortcuts, shown on screen beside what they do. Keys are matched case-free.
 * A screen's own keys win over the app's main navigation (`scope: 'app'`): screens listen
 * first, in the capture phase, and the navigation leaves a key a screen has handled.
 * The listener is attached in a layout effect, while the screen is committed, not after it
 * is painted: a key pressed as soon as a screen appears (an adviser typing straight on after
 * signing in, or a journey's next step on a busy machine) is never lost in between.
 */
export function useShortcuts(
  map: Record<string, () => void>,
  enabled = true,
  scope: 'screen' | 'app' = 'screen',
): void {
  useLayoutEffect(() => {
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
