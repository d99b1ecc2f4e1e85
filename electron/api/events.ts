// Pushes named events from the back end to every open window (IPC) or page (HTTP, as
// server-sent events), e.g. when a contact is recorded so other screens refresh. The names and
// what each carries are the contract's (shared/api/events.ts).
import type { ServerEvents } from '../../shared/api/events';

export interface AppEvent {
  name: string;
  payload: unknown;
}

type Listener = (event: AppEvent) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<K extends keyof ServerEvents>(name: K, payload: ServerEvents[K]): void {
    for (const listener of this.listeners) listener({ name, payload });
  }
}
