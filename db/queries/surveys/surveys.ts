// Exit surveys (NeSDS standard 17) as the screens and the figures read them.
import type { ReadableDB } from '../../handles';

/** A survey with the name of whoever recorded it. */
function selectSurveyRows(db: ReadableDB) {
  return db
    .selectFrom('satisfaction_surveys as ss')
    .innerJoin('staff as st', 'st.id', 'ss.recorded_by')
    .selectAll('ss')
    .select('st.display_name as recorded_by_name');
}
export type SurveyRow = Awaited<
  ReturnType<ReturnType<typeof selectSurveyRows>['executeTakeFirstOrThrow']>
>;

/** A contact's one survey, if it has one. */
export async function surveyOfContact(
  db: ReadableDB,
  contactId: string,
): Promise<SurveyRow | undefined> {
  return selectSurveyRows(db).where('ss.contact_id', '=', contactId).executeTakeFirst();
}

/** The surveys of these contacts (those that have one). */
export async function surveysOfContacts(
  db: ReadableDB,
  contactIds: string[],
): Promise<SurveyRow[]> {
  if (contactIds.length === 0) return [];
  return selectSurveyRows(db).where('ss.contact_id', 'in', contactIds).execute();
}

/** True when `id` names a site, in use or retired (its past figures stay to be read). */
export async function siteExists(db: ReadableDB, id: string): Promise<boolean> {
  const row = await db.selectFrom('sites').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Sent surveys with no reply yet, oldest sent first, with the contact they ask about. */
export function listAwaitingSurveys(db: ReadableDB, limit: number) {
  return (
    db
      .selectFrom('satisfaction_surveys as ss')
      .innerJoin('contacts as c', 'c.id', 'ss.contact_id')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .innerJoin('sites as si', 'si.id', 'c.site_id')
      .innerJoin('staff as st', 'st.id', 'c.staff_id')
      .innerJoin('customer_types as ct', 'ct.id', 'c.customer_type_id')
      .leftJoin('customers as cu', 'cu.id', 'c.customer_id')
      .select([
        'ss.id as survey_id',
        'ss.contact_id',
        'ss.sent_via',
        'ss.sent_at',
        'c.started_at',
        'c.channel',
        's.name as service_name',
        'si.name as site_name',
        'cu.display_name as customer_name',
        'ct.name as customer_type_name',
        'st.display_name as adviser_name',
      ])
      .where('ss.method', '=', 'sent')
      .where('ss.responded_at', 'is', null)
      // Newest first: a reply that comes back is nearly always to a recent survey, and most
      // sent surveys are never answered, so oldest first would bury the recent ones.
      .orderBy('ss.sent_at', 'desc')
      .orderBy('ss.id', 'desc')
      .limit(limit)
      .execute()
  );
}

/**
 * The surveys on contacts that started in `[from, to)` (instants), optionally at one site,
 * with what the figures are broken down by. A voided contact's survey is left out with it: its
 * channel, service and customer type were recorded in error (issue 19).
 */
export function listSurveysOfContacts(
  db: ReadableDB,
  range: { from: string; to: string; siteId?: string | undefined },
) {
  let query = db
    .selectFrom('satisfaction_surveys as ss')
    .innerJoin('contacts as c', 'c.id', 'ss.contact_id')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .innerJoin('sites as si', 'si.id', 'c.site_id')
    .innerJoin('customer_types as ct', 'ct.id', 'c.customer_type_id')
    .select([
      'ss.method',
      'ss.rating',
      'ss.could_have_done_more',
      'c.started_at',
      'c.channel',
      'c.service_id',
      's.name as service_name',
      'c.site_id',
      'si.name as site_name',
      'c.customer_type_id',
      'ct.name as customer_type_name',
    ])
    .where('c.started_at', '>=', range.from)
    .where('c.started_at', '<', range.to)
    .where('c.voided_at', 'is', null);
  if (range.siteId) query = query.where('c.site_id', '=', range.siteId);
  return query.execute();
}
