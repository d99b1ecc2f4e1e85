// The same sign-in and quick log through the real desktop window. It runs wherever the
// Electron binary is installed; where it is not (its download host is unreachable from our
// build machines), it is reported as skipped with that reason, and the browser-mode
// journeys in test/e2e cover the same renderer and API.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    return require('electron') as string;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(
    binary === null,
    'Skipped only where the Electron binary is missing: its download host is unreachable from this machine, so `require("electron")` finds no binary. Where `node node_modules/electron/install.js` succeeds this test runs; the browser-mode journeys in test/e2e drive the same renderer and API meanwhile.',
  );

  test('signs in and quick-logs an enquiry in the real window', async () => {
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
    const dataDir = mkdtempSync(join(tmpdir(), 'council-contact-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', '--data-dir', dataDir, '--no-sandbox'],
    });
    const page = await app.firstWindow();
    await page.getByLabel('Username').fill('adviser');
    await page.getByLabel('Password').fill('demo1234');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('signed-in')).toContainText('Amina Khan');
    expect(await page.evaluate('typeof window.require')).toBe('undefined'); // nodeIntegration off
    await page.keyboard.press('Alt+q');
    await page.keyboard.type('Council');
    await page.keyboard.press('Enter');
    await expect(page.locator('.confirmation')).toContainText(
      'Logged: Telephone enquiry about Council Tax',
    );
    await app.close();
  });
});
