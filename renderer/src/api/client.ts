// The renderer's only way to the back end (eslint.config.js refuses any other): typed by
// shared/api, over Electron IPC when the preload bridge is present, else over HTTP to the
// browser-mode host that served this page. Every call's refusal is heard in one place, so a
// locked or ended session shows at once whichever screen's call found it.
import { v7 as uuidv7 } from 'uuid';
import type { InputOf, MethodName, OutputOf, Result } from '../../../shared/api';
import type { ServerEvents } from '../../../shared/api/events';
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

/** One way of reaching the back end: the preload bridge, or HTTP with server-sent events. */
interface Transport {
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

function ipcTransport(bridge: Bridge): Transport {
  return {
    call: async (method, input, options) =>
      (await bridge.invoke(method, input, options?.mutationId ?? uuidv7())) as Result<never>,
    on: (event, listener) => bridge.on(event, listener),
  };
}

function httpTransport(): Transport {
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

const transport = window.councilContact ? ipcTransport(window.councilContact) : httpTransport();

/**
 * Calls the back end. A refusal goes to the refusal listeners as well as back to the caller,
 * which shows its message and field errors; the mutation id in `options` (or one made here)
 * is kept through the transport's retries.
 */
export async function callApi<K extends MethodName>(
  method: K,
  input: InputOf<K>,
  options?: CallOptions,
): Promise<Result<OutputOf<K>>> {
  const result = await transport.call(method, input, options);
  if (!result.ok) for (const listener of refusalListeners) listener(method, result.error);
  return result;
}

/**
 * Hears one of the back end's events, its payload typed by name from the contract (after
 * Actual Budget's `listen<K extends keyof ServerEvents>`). Returns the way to stop hearing it.
 */
export function listen<K extends keyof ServerEvents>(
  event: K,
  listener: (payload: ServerEvents[K]) => void,
): () => void {
  // The payload crossed IPC or a server-sent event as JSON; the back end emits it with the
  // same map (electron/api/events.ts), so its shape is the one named here.
  return transport.on(event, (payload) => listener(payload as ServerEvents[K]));
}
