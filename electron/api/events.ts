// Pushes named events from the back end to every open window (IPC) or page (HTTP, as
// server-sent events), e.g. when a contact is recorded so other screens refresh.

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

  emit(name: string, payload: unknown): void {
    for (const listener of this.listeners) listener({ name, payload });
  }
}
