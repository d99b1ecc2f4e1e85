import { describe, expect, it } from 'vitest';
import { guardSave } from './submit-guard';

function pressed() {
  const event = { prevented: 0, preventDefault: () => (event.prevented += 1) };
  return event;
}

describe('guardSave', () => {
  it('saves once when the save key is pressed again while the first save is running', async () => {
    let saves = 0;
    let finish!: () => void;
    const flag = { running: false };
    const submit = guardSave(flag, async () => {
      saves += 1;
      await new Promise<void>((resolve) => (finish = resolve));
    });
    const first = submit(pressed());
    const second = pressed();
    await submit(second);
    expect(saves).toBe(1);
    // The ignored press still stops the browser's own submission (a page reload).
    expect(second.prevented).toBe(1);
    finish();
    await first;
    expect(flag.running).toBe(false);
  });

  it('saves again once the first save has finished, even one that failed', async () => {
    const busy: boolean[] = [];
    let saves = 0;
    const submit = guardSave(
      { running: false },
      () => {
        saves += 1;
        return saves === 1
          ? Promise.reject(new Error('the back end did not answer'))
          : Promise.resolve();
      },
      (b) => busy.push(b),
    );
    await expect(submit(pressed())).rejects.toThrow('the back end did not answer');
    await submit(pressed());
    expect(saves).toBe(2);
    expect(busy).toEqual([true, false, true, false]);
  });
});
