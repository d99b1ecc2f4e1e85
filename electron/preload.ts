// The bridge between the sandboxed renderer and the back end: exposes only `invoke` and
// `on`, never ipcRenderer itself (the electron-vite template's weak spot).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge } from '../shared/api/bridge';

const bridge = {
  invoke: (method: string, input: unknown, mutationId?: string) =>
    ipcRenderer.invoke('api:invoke', method, input, mutationId),
  on: (event: string, listener: (payload: unknown) => void) => {
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on('api:event', handler);
    return () => {
      ipcRenderer.removeListener('api:event', handler);
    };
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('councilContact', bridge);
