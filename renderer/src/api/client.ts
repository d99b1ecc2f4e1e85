// The renderer's only way to the back end: typed by shared/api, over Electron IPC when the
// preload bridge is present, else over HTTP to the browser-mode host that served this page.
import type { InputOf, MethodName, OutputOf, Result } from '../../../shared/api';
import type { Bridge } from './bridge';

export interface ApiClient {
  call<K extends MethodName>(method: K, input: InputOf<K>): Promise<Result<OutputOf<K>>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

const NETWORK_ERROR = {
  ok: false as const,
  error: {
    code: 'INTERNAL' as const,
    message: 'The app’s back end did not answer. Nothing was saved; try again.',
  },
};

function ipcClient(bridge: Bridge): ApiClient {
  return {
    call: async (method, input) => (await bridge.invoke(method, input)) as Result<never>,
    on: (event, listener) => bridge.on(event, listener),
  };
}

function httpClient(): ApiClient {
  let source: EventSource | undefined;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    async call(method, input) {
      try {
        const response = await fetch(`/api/call/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ input }),
        });
        return (await response.json()) as Result<never>;
      } catch {
        return NETWORK_ERROR;
      }
    },
    on(event, listener) {
      source ??= new EventSource('/api/events');
      let set = listeners.get(event);
      if (!set) {
        const group = new Set<(payload: unknown) => void>();
        listeners.set(event, group);
        source.addEventListener(event, (e) => {
          const payload: unknown = JSON.parse((e as MessageEvent<string>).data);
          for (const l of group) l(payload);
        });
        set = group;
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

export function createApiClient(): ApiClient {
  return window.councilContact ? ipcClient(window.councilContact) : httpClient();
}

export const api = createApiClient();
