// An answer time an adviser typed with a contact is a call in the telephone figures; when the
// contact is voided as recorded in error (issue 19) its call leaves them too. The switch's own
// records carry no contact and always count. Written as a set worked out once per query from
// the partial index of voided contacts (migration 0021): a check per call would read every
// call's row for its contact, where the figures now read only the calls' covering index.
import { sql } from 'kysely';

/** Whether call `k` is not one typed with a voided contact. */
export const NOT_OF_VOIDED_CONTACT = sql`k.rowid not in (select vk.rowid
  from contacts v join calls vk on vk.contact_id = v.id where v.voided_at is not null)`;
