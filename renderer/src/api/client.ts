// The renderer's only way to the back end: typed by shared/api, over Electron IPC when the
// preload bridge is present, else over HTTP to the browser-mode host that served this page.
import { v7 as uuidv7 } from 'uuid';
import type { InputOf, MethodName, OutputOf, Result } from '../../../shared/api';
import type { Bridge } from './bridge';

export interface CallOptions {
  /**
   * The screen's id for this write (issue 19): a form keeps one from the first key pressed
   * until its save succeeds, so pressing save again, or retrying after a dropped connection,
   * never writes twice. Without one, each call gets its own, which still makes the client's
   * own retries safe.
   */
  mutationId?: string;
}

export interface ApiClient {
  call<K extends MethodName>(
    method: K,
    input: InputOf<K>,
    options?: CallOptions,
  ): Promise<Result<OutputOf<K>>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

const NETWORK_ERROR = {
  ok: false as const,
  error: {
    code: 'INTERNAL' as const,
    message:
      'The app’s back end did not answer. Try again: if the save did reach it, it is not recorded twice.',
  },
};

/** Before each try of a call over HTTP: at once, then after a moment, then a little longer. */
const RETRY_WAITS_MS = [0, 300, 1_000];

function ipcClient(bridge: Bridge): ApiClient {
  return {
    call: async (method, input, options) =>
      (await bridge.invoke(method, input, options?.mutationId ?? uuidv7())) as Result<never>,
    on: (event, listener) => bridge.on(event, listener),
  };
}

function httpClient(): ApiClient {
  let source: EventSource | undefined;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function attach(target: EventSource, event: string, group: Set<(payload: unknown) => void>) {
    target.addEventListener(event, (e) => {
      const payload: unknown = JSON.parse((e as MessageEvent<string>).data);
      for (const l of group) l(payload);
    });
  }

  function open(): EventSource {
    const opened = new EventSource('/api/events');
    for (const [event, group] of listeners) attach(opened, event, group);
    // The host refuses the stream with 401 while signed out or locked, and ends it on
    // signing out. The browser reconnects after a dropped stream, but never after a refusal
    // (HTML Standard, server-sent events: any status but 200 fails the connection), so it is
    // opened again after the next call that succeeds (signing in, unlocking).
    opened.addEventListener('error', () => {
      if (opened.readyState === EventSource.CLOSED && source === opened) source = undefined;
    });
    return opened;
  }

  return {
    async call(method, input, options) {
      const body = JSON.stringify({ input, mutationId: options?.mutationId ?? uuidv7() });
      let result: Result<never> | undefined;
      // A dropped connection is tried again with the same mutation id, so a save that did
      // reach the back end the first time is answered, not written again.
      for (const wait of RETRY_WAITS_MS) {
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        try {
          const response = await fetch(`/api/call/${method}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            credentials: 'same-origin',
            body,
          });
          // Refusals come with their HTTP status (400, 401, 403, 404, 409, 413, 500, 503) and
          // the same JSON body as a success, so the body is read whatever the status.
          result = (await response.json()) as Result<never>;
          break;
        } catch {
          result = undefined;
        }
      }
      if (!result) return NETWORK_ERROR;
      if (result.ok && !source && listeners.size > 0) source = open();
      return result;
    },
    on(event, listener) {
      let group = listeners.get(event);
      if (!group) {
        group = new Set();
        listeners.set(event, group);
        if (source) attach(source, event, group);
      }
      const set = group;
      set.add(listener);
      source ??= open();
      return () => set.delete(listener);
    },
  };
}

type Refusal = Extract<Result<never>, { ok: false }>['error'];
const refusalListeners = new Set<(method: MethodName, error: Refusal) => void>();

/**
 * Hears every refusal of every call, whichever screen made it: the store uses it to show the
 * lock screen or sign-in (with the reason) the moment any call finds the session locked or
 * ended, not only the calls made through the store. A screen that called for something
 * else must not swallow "you have been signed in for 10 hours".
 */
export function onRefusal(listener: (method: MethodName, error: Refusal) => void): () => void {
  refusalListeners.add(listener);
  return () => refusalListeners.delete(listener);
}

/** Each call's refusal also goes to the listeners. */
function withRefusalListeners(client: ApiClient): ApiClient {
  return {
    async call(method, input, options) {
      const result = await client.call(method, input, options);
      if (!result.ok) for (const listener of refusalListeners) listener(method, result.error);
      return result;
    },
    on: (event, listener) => client.on(event, listener),
  };
}

export function createApiClient(): ApiClient {
  return withRefusalListeners(
    window.councilContact ? ipcClient(window.councilContact) : httpClient(),
  );
}

export const api = createApiClient();
