// The desktop app: one window on the built renderer, the API over IPC, and Electron's
// security checklist (architecture: contextIsolation and sandbox on, nodeIntegration off, a
// strict CSP, the renderer on its own app:// scheme rather than file://, navigation and new
// windows denied, permissions denied but clipboard writing, IPC sender checked, no DevTools
// or developer menu in a packaged build, one instance per desktop so two processes never
// write one database; the fuses are set at packaging, build/electron-builder.yml).
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
} from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend, type OpenBackend } from './api/backend';
import { safeStorageSealer } from './sync/safe-storage';
import { dispatch } from './api/dispatch';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME, devServerOrigin, isAppUrl } from './app-origin';
import { demoRequested, displayAddress, displayRequested, resolveDataDir } from './config';
import { rendererFile, SECURITY_HEADERS } from './renderer-files';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadScript = join(here, '../preload/preload.cjs');
const devServerUrl = process.env.ELECTRON_RENDERER_URL; // set by `electron-vite dev`
const devOrigin = devServerOrigin(devServerUrl, app.isPackaged);

// Before the app is ready: app:// behaves as a secure, standard origin (fetch, CSP 'self').
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** The built renderer's files, for app://council-contact/ only. */
async function serveRenderer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const found = rendererFile(rendererDir, url.pathname);
  if (found.kind !== 'file')
    return new Response('Not found', { status: found.kind === 'missing' ? 503 : 404 });
  return new Response(await readFile(found.file), {
    headers: { ...SECURITY_HEADERS, 'Content-Type': found.contentType },
  });
}

/** `--display` (issue 22): the waiting-area board, full screen, with its key; else null. */
let display: { key: string } | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Council Contact',
    show: false,
    // A waiting-area screen fills the display and cannot be left by the public.
    ...(display ? { kiosk: true, fullscreen: true, autoHideMenuBar: true } : {}),
    webPreferences: {
      // Its tone on each new call plays without anyone touching the screen first.
      ...(display ? { autoplayPolicy: 'no-user-gesture-required' as const } : {}),
      preload: preloadScript,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devOrigin)) event.preventDefault();
  });
  const start = devOrigin && devServerUrl ? devServerUrl : APP_INDEX_URL;
  void window.loadURL(display ? displayAddress(start, display.key) : start);
  return window;
}

function wireApi(opened: OpenBackend): void {
  // One session per window: the token never reaches the renderer.
  const tokens = new Map<number, string>();
  ipcMain.handle(
    'api:invoke',
    async (event, method: unknown, input: unknown, mutationId: unknown) => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url, devOrigin)) {
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
        mutationId: typeof mutationId === 'string' ? mutationId : undefined,
      });
      if (token === null) tokens.delete(id);
      else if (token !== undefined) tokens.set(id, token);
      return result;
    },
  );
  opened.events.subscribe(({ name, payload }) => {
    for (const window of BrowserWindow.getAllWindows())
      window.webContents.send('api:event', name, payload);
  });
}

// One instance per desktop: a second launch brings the first window forward instead of
// opening the same database from a second process.
const primaryInstance = app.requestSingleInstanceLock();
if (!primaryInstance) app.quit();
app.on('second-instance', () => {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
});

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(async () => {
  if (!primaryInstance) return;
  protocol.handle(APP_SCHEME, serveRenderer);
  // No developer menu (reload, DevTools) on a council desktop.
  const dataDir = resolveDataDir(process.argv);
  display = displayRequested(process.argv, dataDir);
  if (app.isPackaged || display) Menu.setApplicationMenu(null);
  // Only writing to the clipboard is allowed: advisers copy a hand-off's summary into an
  // email to the customer. Everything else (camera, location, notifications…) is refused.
  const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowed(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowed(permission));
  const opened = await openBackend({
    dataDir,
    demo: demoRequested(process.argv),
    // Available only once the app is ready; openBackend runs after it.
    sync: { sealer: safeStorageSealer(safeStorage) },
  });
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
