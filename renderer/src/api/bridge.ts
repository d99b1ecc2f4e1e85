/** What the Electron preload exposes on `window.councilContact`: one call, one subscription. */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    councilContact?: Bridge;
  }
}
