// A desk's ear on GET /sync/events, for the tests: opens the stream with fetch and keeps every
// event it hears, parsed by eventsource-parser (the parser the desk uses, electron/sync/live.ts).
import { EventSourceParserStream, type EventSourceMessage } from 'eventsource-parser/stream';
import { onTestFinished } from 'vitest';

export interface EventReader {
  status: number;
  headers: Headers;
  /** Every event heard so far, in order. */
  events: EventSourceMessage[];
  /** Every id heard, with an event or alone (the server's start point). */
  ids: string[];
  /** Resolves with the nth event (from 1) once it has arrived. */
  nth(n: number): Promise<EventSourceMessage>;
  close(): void;
}

export async function openEvents(
  url: string,
  headers: Record<string, string> = {},
): Promise<EventReader> {
  const stop = new AbortController();
  onTestFinished(() => stop.abort());
  const response = await fetch(`${url}/sync/events`, { headers, signal: stop.signal });
  const events: EventSourceMessage[] = [];
  const ids: string[] = [];
  const waiting: (() => void)[] = [];
  if (response.ok && response.body) {
    const messages = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream({ onId: (id) => ids.push(id) }));
    void (async () => {
      for await (const message of messages) {
        events.push(message);
        for (const wake of waiting.splice(0)) wake();
      }
    })().catch(() => undefined); // aborted when the test finishes
  } else {
    await response.body?.cancel();
  }
  return {
    status: response.status,
    headers: response.headers,
    events,
    ids,
    async nth(n) {
      while (events.length < n) await new Promise<void>((wake) => waiting.push(wake));
      return events[n - 1]!;
    },
    close: () => stop.abort(),
  };
}
