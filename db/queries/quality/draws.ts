// A quality sample's draw and its check: the sample and its contacts as drawn, and what a
// redraw from the same seed is compared with (the contacts recorded or corrected since).
import type { Selectable } from 'kysely';
import type { QualitySampleTable } from '../../schema';
import type { ReadableDB, WritableDB } from '../../handles';
import { insertLogged, newId, type Actor } from '../../write';
import { periodBounds } from './samples';

export type QualitySample = Selectable<QualitySampleTable>;

/** A site's name, retired or not (a period's contacts may be at a site since retired). */
export async function siteNameOf(db: ReadableDB, siteId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('sites')
    .select('name')
    .where('id', '=', siteId)
    .executeTakeFirst();
  return row?.name;
}

/** Writes a drawn sample and its contacts, numbered in the order drawn. */
export async function insertSample(
  tx: WritableDB,
  actor: Actor,
  sample: QualitySample,
  items: { contactId: string; staffId: string; channel: string }[],
): Promise<void> {
  await insertLogged(tx, actor, 'quality_samples', sample);
  for (const [i, item] of items.entries())
    await insertLogged(tx, actor, 'quality_sample_items', {
      id: newId(),
      sample_id: sample.id,
      contact_id: item.contactId,
      staff_id: item.staffId,
      channel: item.channel,
      position: i + 1,
      scored_at: null,
      scored_by: null,
      comment: '',
    });
}

export function findSample(db: ReadableDB, id: string): Promise<QualitySample | undefined> {
  return db.selectFrom('quality_samples').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The contacts on a sample as drawn. */
export async function sampleContactIds(db: ReadableDB, sampleId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('quality_sample_items')
    .select('contact_id')
    .where('sample_id', '=', sampleId)
    .execute();
  return rows.map((r) => r.contact_id);
}

/**
 * Contacts now in the sample's period, or on the sample (one may have been moved out of the
 * period), recorded or corrected after the draw: what explains a redraw that differs.
 */
export async function changedSinceDraw(db: ReadableDB, sample: QualitySample): Promise<number> {
  const { start, end } = periodBounds({ from: sample.period_from, to: sample.period_to });
  const changed = await db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) =>
      eb.and([
        eb.or([eb('recorded_at', '>', sample.drawn_at), eb('updated_at', '>', sample.drawn_at)]),
        eb.or([
          eb.and([
            eb('started_at', '>=', start),
            eb('started_at', '<', end),
            ...(sample.site_id ? [eb('site_id', '=', sample.site_id)] : []),
          ]),
          eb(
            'id',
            'in',
            eb
              .selectFrom('quality_sample_items')
              .select('contact_id')
              .where('sample_id', '=', sample.id),
          ),
        ]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(changed.n);
}
