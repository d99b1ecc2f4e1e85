/** Anything a save can be started from: a form's submit event or the key press itself. */
export interface Preventable {
  preventDefault(): void;
}

/** Whether a form's save is running; a plain object, so a second key press sees it at once. */
export interface SaveInFlight {
  running: boolean;
}

/**
 * Wraps a form's save so the save key is ignored while a save is in flight: Enter or
 * Ctrl+Enter pressed twice, or a double click, saves once. The flag is not React state,
 * because two key presses can both arrive before React renders again. The browser's own
 * form submission is stopped even for an ignored press, which would otherwise reload the page.
 */
export function guardSave<E extends Preventable>(
  flag: SaveInFlight,
  save: (event: E) => Promise<unknown>,
  onBusy: (busy: boolean) => void = () => {},
): (event: E) => Promise<void> {
  return async (event) => {
    event.preventDefault();
    if (flag.running) return;
    flag.running = true;
    onBusy(true);
    try {
      await save(event);
    } finally {
      flag.running = false;
      onBusy(false);
    }
  };
}
