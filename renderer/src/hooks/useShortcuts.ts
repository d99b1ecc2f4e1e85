import { useEffect } from 'react';

/** Alt+key shortcuts, shown on screen beside what they do. Keys are matched case-free. */
export function useShortcuts(map: Record<string, () => void>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
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
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [map, enabled]);
}
