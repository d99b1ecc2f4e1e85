import { useEffect } from 'react';
import { useAppStore } from '../store';
import type { Screen } from '../store/ui-slice';

let restoredAfterLoad = false;

/** The screen a history entry names, when it is one of ours. */
function screenOf(state: unknown): Screen | null {
  if (typeof state !== 'object' || state === null || !('screen' in state)) return null;
  const { screen } = state;
  return typeof screen === 'string' ? (screen as Screen) : null;
}

/**
 * Back and Forward move between the app's screens instead of leaving it (issue 19): each
 * change of screen is a history entry, and going back shows the screen that entry names.
 * The page's address never changes; a reload opens the screen it was on.
 */
export function useScreenHistory(): void {
  const screen = useAppStore((s) => s.screen);

  useEffect(() => {
    const entry = screenOf(window.history.state);
    // A reload comes back to the screen it left (the entry outlives the page); only once per
    // page, so whoever signs in next on this window starts at their own first screen.
    if (!restoredAfterLoad) {
      restoredAfterLoad = true;
      if (entry && entry !== screen) {
        useAppStore.setState({ screen: entry });
        return;
      }
    }
    if (entry === screen) return;
    // The first screen replaces the page's own entry; each later one is a new entry.
    if (entry === null) window.history.replaceState({ screen }, '');
    else window.history.pushState({ screen }, '');
  }, [screen]);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const target = screenOf(event.state);
      if (target) useAppStore.setState({ screen: target });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
}
