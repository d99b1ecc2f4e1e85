/**
 * What the Electron preload exposes on `window.councilContact`: one call and one event
 * subscription, never the raw ipcRenderer.
 */
export interface Bridge {
  /** `mutationId`: the screen's id for a write; the same id again writes nothing. */
  invoke(method: string, input: unknown, mutationId?: string): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
