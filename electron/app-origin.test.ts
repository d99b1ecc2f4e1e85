import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, devServerOrigin, isAppUrl } from './app-origin';

describe('the desktop window’s own pages', () => {
  it('are those of app://council-contact, and nothing on file:// or elsewhere', () => {
    expect(isAppUrl(APP_INDEX_URL, null)).toBe(true);
    expect(isAppUrl('app://council-contact/assets/index.js', null)).toBe(true);
    for (const other of [
      'file:///opt/Council%20Contact/resources/app.asar/out/renderer/index.html',
      'app://evil/index.html',
      'app://council-contact.evil.example/index.html',
      'https://council-contact/index.html',
      'http://localhost:5173/',
      'not a url',
    ])
      expect(isAppUrl(other, null), other).toBe(false);
  });

  it('honour a development server only unpackaged, on this computer, matched exactly', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
    expect(devServerOrigin('http://attacker.example:5173/', false)).toBeNull();
    expect(devServerOrigin('file:///tmp/index.html', false)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
    const dev = devServerOrigin('http://localhost:5173', false);
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    // A prefix match would have let these through.
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isAppUrl(APP_INDEX_URL, dev)).toBe(false);
  });
});
