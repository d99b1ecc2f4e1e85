import { useEffect, type RefObject } from 'react';

/** A request to put the cursor in a screen: what had the focus when it was asked for. */
export interface EntryRequest {
  focusBefore: Element | null;
}

const FIELDS = 'input:not([type="hidden"]), select, textarea';

function usable(element: HTMLElement): boolean {
  return (
    !element.matches(':disabled') &&
    element.getClientRects().length > 0 &&
    element.closest('[inert]') === null
  );
}

/**
 * Where the cursor goes on arriving at a screen: the element a screen marks with
 * `data-autofocus`, else its first field, else its h1 (made focusable) for a screen with
 * nothing to type in. Null while the screen is still loading, since its fields may be on the way.
 */
export function entryPointOf(main: HTMLElement): HTMLElement | null {
  const marked = main.querySelector<HTMLElement>('[data-autofocus]');
  if (marked && usable(marked)) return marked;
  const field = [...main.querySelectorAll<HTMLElement>(FIELDS)].find(usable);
  if (field) return field;
  if (main.querySelector('[aria-busy="true"]')) return null;
  const heading = main.querySelector<HTMLElement>('h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

/**
 * Each screen shortcut puts the cursor in that screen (issue 19: after Alt+7, typing goes
 * into the customer search). A screen that is still loading is waited for. Once the cursor
 * has moved anywhere else meanwhile (a screen placing it itself, such as a customer record's
 * name or a finished visit's contact, or the user tabbing away), it is left there; so is a
 * click. Pressing the shortcut of the screen already showing brings the cursor back to its
 * entry point.
 */
export function useEntryFocus(
  request: EntryRequest | null,
  mainRef: RefObject<HTMLElement | null>,
  enabled: boolean,
): void {
  useEffect(() => {
    const main = mainRef.current;
    // `enabled` is read when asked, not watched: unlocking leaves the cursor where it was.
    if (!request || !main || !enabled) return;
    function settle(): boolean {
      const active = document.activeElement;
      const moved =
        active !== null &&
        active !== document.body &&
        active !== main &&
        active !== request!.focusBefore;
      if (moved) return true;
      const target = entryPointOf(main!);
      target?.focus();
      return target !== null;
    }
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) stop();
    });
    function stop() {
      observer.disconnect();
      window.removeEventListener('pointerdown', stop, true);
    }
    observer.observe(main, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
    window.addEventListener('pointerdown', stop, true);
    return stop;
  }, [request]);
}
