// What the screens are told after a pull, so a record another desk changed shows here without
// a refresh: the same events this desk's own saves send (shared/api/events.ts).
import type { ServerEvents } from '../../shared/api/events';
import { ADMINISTRATOR_TABLES, LEADER_TABLES } from '../../shared/sync/change-rules';

type Event = { [K in keyof ServerEvents]: [K, ServerEvents[K]] }[keyof ServerEvents];

/** The council's lists and accounts every screen is drawn with (change-rules.ts names them). */
const isReference = (entity: string) =>
  entity === 'staff' ||
  ADMINISTRATOR_TABLES.has(entity) ||
  (LEADER_TABLES.has(entity) && entity !== 'settings');
const QUEUE = new Set(['visits', 'visit_stretches', 'appointments', 'desks']);

/** One event per record changed (each at most once), in the order first touched. */
export function eventsFor(touched: readonly { entity: string; entityId: string }[]): Event[] {
  const events = new Map<string, Event>();
  const add = (event: Event) => events.set(JSON.stringify(event), event);
  for (const { entity, entityId } of touched) {
    if (entity === 'contacts') add(['contacts.changed', { id: entityId }]);
    else if (entity === 'correspondence') add(['correspondence.changed', { id: entityId }]);
    // A pulled visit's site is not in the change: every site's board reloads.
    else if (QUEUE.has(entity)) add(['queue.changed', null]);
    else if (isReference(entity)) add(['reference.changed', null]);
    else if (entity === 'settings') add(['settings.changed', null]);
  }
  return [...events.values()];
}
