// The desktop app: one window on the built renderer, the API over IPC, and Electron's
// secure defaults (architecture: contextIsolation and sandbox on, nodeIntegration off, a
// strict CSP, navigation and new windows denied, permissions denied but clipboard writing, IPC sender
// checked).
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openBackend, type OpenBackend } from './api/backend';
import { dispatch } from './api/dispatch';
import { resolveDataDir } from './config';

const here = fileURLToPath(new URL('.', import.meta.url));
const indexHtml = join(here, '../renderer/index.html');
const preloadScript = join(here, '../preload/preload.cjs');
const devServerUrl = process.env.ELECTRON_RENDERER_URL; // set by `electron-vite dev`

/** Only our own page may call the API. */
function isAppUrl(url: string): boolean {
  return devServerUrl ? url.startsWith(devServerUrl) : url === pathToFileURL(indexHtml).href;
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Council Contact',
    show: false,
    webPreferences: {
      preload: preloadScript,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(indexHtml);
  return window;
}

function wireApi(opened: OpenBackend): void {
  // One session per window: the token never reaches the renderer.
  const tokens = new Map<number, string>();
  ipcMain.handle('api:invoke', async (event, method: unknown, input: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return {
        ok: false,
        error: {
          code: 'ORIGIN_REFUSED',
          message: 'Only the Council Contact window may call the API.',
        },
      };
    }
    const id = event.sender.id;
    const { result, token } = await dispatch(opened.backend, {
      method: String(method),
      input,
      token: tokens.get(id) ?? null,
    });
    if (token === null) tokens.delete(id);
    else if (token !== undefined) tokens.set(id, token);
    return result;
  });
  opened.events.subscribe(({ name, payload }) => {
    for (const window of BrowserWindow.getAllWindows())
      window.webContents.send('api:event', name, payload);
  });
}

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(async () => {
  // Only writing to the clipboard is allowed: advisers copy a hand-off's summary into an
  // email to the customer. Everything else (camera, location, notifications…) is refused.
  const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowed(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowed(permission));
  const dataDir = resolveDataDir(process.argv);
  const opened = await openBackend({ dataDir });
  if (opened.backend.failure)
    dialog.showErrorBox('Council Contact cannot open its database', opened.backend.failure.message);
  wireApi(opened);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => void opened.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
