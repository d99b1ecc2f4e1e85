// `npm start -- --display` (issue 22): the desktop app opens as the waiting-area board, with
// its key from --display-key or from display-key.txt in the data folder.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  DISPLAY_KEY_FILE,
  displayAddress,
  displayInstructions,
  displayRequested,
} from '../../config';

const noFile = () => undefined;

describe('the --display flag', () => {
  it('is off unless asked for, whatever else is given', () => {
    expect(displayRequested(['--display-key', 'abc'], '/data', noFile)).toBeNull();
  });

  it('takes the key from --display-key first', () => {
    expect(displayRequested(['--display', '--display-key', 'k1'], '/data', () => 'k2')).toEqual({
      key: 'k1',
    });
  });

  it('else reads the key file in the data folder, without its line ending', () => {
    const read: string[] = [];
    const found = displayRequested(['--display'], '/data', (file) => {
      read.push(file);
      return 'k2\n';
    });
    expect(found).toEqual({ key: 'k2' });
    expect(read).toEqual([join('/data', DISPLAY_KEY_FILE)]);
  });

  it('starts with no key when there is neither, so the board says so', () => {
    expect(displayRequested(['--display'], '/data', noFile)).toEqual({ key: '' });
  });
});

describe('the board’s address', () => {
  it('puts the key in the fragment, so it never reaches a log or another site', () => {
    expect(displayAddress('http://127.0.0.1:5317/', 'a b/c')).toBe(
      'http://127.0.0.1:5317/display#key=a%20b%2Fc',
    );
  });

  it('is printed by browser mode for a display PC, or how to give it a key', () => {
    expect(displayInstructions('http://127.0.0.1:5317', { key: 'k1' })).toBe(
      "The waiting-area screen: open http://127.0.0.1:5317/display#key=k1 in this PC's browser and make it full screen (F11, or the browser's kiosk mode).",
    );
    expect(displayInstructions('http://127.0.0.1:5317', { key: '' })).toMatch(
      /no display key: make one in Settings → Waiting-area display, then pass --display-key <key> or put it in display-key\.txt/,
    );
  });
});
