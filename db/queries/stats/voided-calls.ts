// An answer time an adviser typed with a contact is a call in the telephone figures; when the
// contact is voided as recorded in error (issue 19) its call leaves them too. The switch's own
// records carry no contact and always count. Written as a set worked out once per query from
// the partial index of voided contacts (migration 0021): a check per call would read every
// call's row for its contact, where the figures now read only the calls' covering index. The
// set is of the engine's row keys (SQLite's rowid, which those indexes carry; PostgreSQL's id).
import { sql } from 'kysely';
import type { Engine } from '../../engine/engine';

/** Whether call `k` is not one typed with a voided contact. */
export const notOfVoidedContact = (
  e: Engine,
) => sql`${e.rowKey('k')} not in (select ${e.rowKey('vk')}
  from contacts v join calls vk on vk.contact_id = v.id where v.voided_at is not null)`;
