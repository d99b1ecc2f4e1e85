// The desk's ear on the council server (issue 22, "live within a second"): while the desk is
// joined and syncing, one GET /sync/events stays open, and each event (a nudge: the council's
// version changed) starts a round at once instead of at the next 5-second tick. The rounds stay
// as the backstop for anything a dropped stream misses.
import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { ServerAddress } from './server-request';

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 30_000;
/** The server writes a comment every 15 s; this long with nothing means the stream is dead. */
const SILENCE_MS = 45_000;

export interface LiveEventsOptions {
  /** Where the desk's server is, read afresh each time: null when there is none to reach. */
  address(): Promise<ServerAddress | null>;
  /** The council changed: pull now. */
  changed(): void;
}

export class LiveEvents {
  private stopping = new AbortController();
  private running: Promise<void> | null = null;
  /** The last event's id: sent on reconnecting so the server can say what was missed. */
  private lastEventId: string | null = null;

  constructor(private readonly options: LiveEventsOptions) {}

  start(): void {
    this.running ??= this.listen().catch((error: unknown) =>
      console.error('[sync] live events stopped', error),
    );
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async listen(): Promise<void> {
    let retryMs = FIRST_RETRY_MS;
    while (!this.stopping.signal.aborted) {
      const address = await this.options.address();
      // A single desk, or a secret this host cannot unseal (the rounds say so): nothing to hear.
      if (!address) return;
      const opened = await this.connect(address);
      if (opened === 'no stream') return;
      // A stream that opened starts the wait afresh, however it ended.
      if (opened === 'opened') retryMs = FIRST_RETRY_MS;
      await this.pause(retryMs);
      retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
    }
  }

  /** One stream, read until it ends: whether it opened, or could not carry a stream at all. */
  private async connect(address: ServerAddress): Promise<'opened' | 'failed' | 'no stream'> {
    const connection = new AbortController();
    const abort = () => connection.abort();
    this.stopping.signal.addEventListener('abort', abort);
    let silence = setTimeout(abort, SILENCE_MS);
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(abort, SILENCE_MS);
    };
    let opened = false;
    try {
      const response = await (address.fetch ?? fetch)(
        `${address.serverUrl.replace(/\/+$/, '')}/sync/events`,
        {
          headers: {
            accept: 'text/event-stream',
            authorization: `Bearer ${address.deskId}.${address.secret}`,
            ...(this.lastEventId ? { 'last-event-id': this.lastEventId } : {}),
          },
          signal: connection.signal,
        },
      );
      if (!response.ok) {
        await response.body?.cancel();
        return 'failed';
      }
      // A fetch that hands back no body (a stand-in that cannot stream) leaves the rounds alone.
      if (!response.body) return 'no stream';
      opened = true;
      const messages = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(
        new EventSourceParserStream({
          // Comments are the server's keep-alive: the stream is still there.
          onComment: heard,
          // The server's start point comes as an id with no event (events-route.ts).
          onId: (id) => (this.lastEventId = id),
        }),
      );
      for await (const message of messages) {
        heard();
        if (message.event === 'changed') this.options.changed();
      }
    } catch {
      // Unreachable, cut off, silent too long or stopping: the loop decides what next.
    } finally {
      clearTimeout(silence);
      this.stopping.signal.removeEventListener('abort', abort);
    }
    return opened ? 'opened' : 'failed';
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.stopping.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stopping.signal.addEventListener('abort', done, { once: true });
    });
  }
}
