// The desktop app through its real window: sign in, quick-log an enquiry, close the app,
// open it again on the same data folder and find the contact there, which proves the SQLite
// binding loads inside Electron and keeps what was saved. It runs wherever the Electron
// binary is installed; where it is not (its download host is unreachable from our build
// machines), it is reported as skipped with that reason, and the browser-mode journeys in
// test/e2e cover the same renderer and API; db/native-binding.test.ts checks meanwhile that
// the binding is the N-API build Electron can load.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type Page } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary = electronBinary();

async function signIn(page: Page) {
  await page.getByLabel('Username').fill('adviser');
  await page.getByLabel('Password').fill('demo1234');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in')).toContainText('Amina Khan');
}

test.describe('desktop app (Electron)', () => {
  test.skip(
    binary === null,
    'Skipped only where the Electron binary is missing: its download host is unreachable from this machine, so node_modules/electron has no binary. Where `node node_modules/electron/install.js` succeeds this test runs; the browser-mode journeys in test/e2e drive the same renderer and API meanwhile.',
  );

  test('signs in, records a contact, and finds it again after a restart', async () => {
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
    const dataDir = mkdtempSync(join(tmpdir(), 'council-contact-electron-'));
    const launch = () =>
      electron.launch({ executablePath: binary!, args: ['.', '--data-dir', dataDir] });

    let app = await launch();
    let page = await app.firstWindow();
    // The renderer comes from the app's own scheme, never file://, and has no Node.
    expect(page.url()).toBe('app://council-contact/index.html');
    expect(await page.evaluate('typeof window.require')).toBe('undefined');
    await signIn(page);
    await page.keyboard.press('Alt+q');
    await page.keyboard.type('Council');
    await page.keyboard.press('Enter');
    await expect(page.locator('.confirmation')).toContainText(
      'Logged: Telephone enquiry about Council Tax',
    );
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await signIn(page);
    await page.keyboard.press('Alt+2');
    await expect(page.getByTestId('contact-row')).toHaveCount(1);
    await expect(page.getByTestId('contact-row')).toContainText('Council Tax');
    await app.close();
  });
});
