/**
 * What the Electron preload exposes on `window.councilContact`: one call and one event
 * subscription, never the raw ipcRenderer.
 */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
