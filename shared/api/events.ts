/**
 * The events the back end pushes to every open window (over IPC) or page (as server-sent
 * events), each name with what it carries. Written once here so the back end's `emit` and
 * the renderer's `listen` agree on both (after Actual Budget's `ServerEvents` and
 * `listen<K extends keyof ServerEvents>`). A screen that shows what an event names reloads
 * on it; the payload says which record or site changed.
 */
export interface ServerEvents {
  /** The waiting list, a desk, an appointment or queue settings changed; null: every site. */
  'queue.changed': { siteId: string } | null;
  /** A contact was recorded, corrected, voided or handed off. */
  'contacts.changed': { id: string };
  /** A piece of correspondence (a letter, email or form) was logged or changed. */
  'correspondence.changed': { id: string };
  /** A contact's satisfaction survey was sent or answered. */
  'surveys.changed': { contactId: string };
  /** A council list (departments, topics, sites, …) was added to or changed. */
  'reference.changed': null;
  /** The council's record-keeping settings (retention) changed. */
  'settings.changed': null;
  /** This desk's sync changed: online or offline, what waits to go, its problems list. */
  'sync.changed': null;
}

export type ServerEventName = keyof ServerEvents;
