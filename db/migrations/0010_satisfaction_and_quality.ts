// Frozen once landed: never edit; add a new migration instead.
// Satisfaction measured per transaction (NeSDS standard 17): a short exit survey on a
// contact, asked by the adviser with the customer or sent for the customer to answer later.
// Quality sampled and scored (standards 19 and 20, at least 5% of users targeted; the
// Jobcentre Plus SLA's monitoring uses statistically valid samples of 2.5%): a checklist the
// council edits, random samples of completed contacts drawn from a recorded seed, and each
// sampled contact scored item by item. A score keeps the item's wording as it was scored, so
// a later edit of the checklist does not rewrite past results.
import { sql, type Kysely } from 'kysely';

/** The checklist a council starts from (issue 8); it edits, reorders and retires items. */
const DEFAULT_CHECKLIST = [
  'Greeted the customer and gave their name',
  'Checked identity to the right level for the transaction',
  'Resolved the enquiry, or explained the next steps and timescales',
  'Recorded the contact accurately',
  'Offered further services',
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('satisfaction_surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', 'text', (c) => c.notNull().unique().references('contacts.id'))
    /** `asked`: the adviser asked with the customer there; `sent`: sent to answer later. */
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('asked', 'sent')`))
    .addColumn('sent_via', 'text', (c) =>
      c.check(sql`sent_via in ('email', 'sms', 'letter', 'telephone')`),
    )
    .addColumn('sent_at', 'text')
    .addColumn('responded_at', 'text')
    /** 1 (very dissatisfied) to 5 (very satisfied). */
    .addColumn('rating', 'integer', (c) => c.check(sql`rating between 1 and 5`))
    /** "Could we reasonably have done more?" (NeSDS standard 16, Excellent). */
    .addColumn('could_have_done_more', 'text', (c) =>
      c.check(sql`could_have_done_more in ('yes', 'no', 'not_sure')`),
    )
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // A response has its rating and its answer; a survey asked on the spot is answered.
    .addCheckConstraint(
      'survey_response_complete',
      sql`(responded_at is null) = (rating is null)
        and (responded_at is null) = (could_have_done_more is null)`,
    )
    .addCheckConstraint(
      'survey_sent_or_answered',
      sql`(method = 'asked' and responded_at is not null and sent_at is null)
        or (method = 'sent' and sent_at is not null and sent_via is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('satisfaction_surveys_responded')
    .on('satisfaction_surveys')
    .columns(['responded_at', 'contact_id'])
    .execute();
  await db.schema
    .createIndex('satisfaction_surveys_awaiting')
    .on('satisfaction_surveys')
    .column('sent_at')
    .where(sql.ref('responded_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('quality_checklist_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('quality_samples')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The London dates of the contacts sampled, inclusive. */
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    /** Null for every site. */
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    /** The share of completed contacts drawn, 0 < fraction <= 1. */
    .addColumn('fraction', 'real', (c) => c.notNull().check(sql`fraction > 0 and fraction <= 1`))
    /** The random generator's seed: the same seed and contacts give the same sample. */
    .addColumn('seed', 'integer', (c) => c.notNull())
    /** Completed contacts the sample was drawn from. */
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('drawn_at', 'text', (c) => c.notNull())
    .addColumn('drawn_by', 'text', (c) => c.notNull().references('staff.id'))
    .execute();

  await db.schema
    .createTable('quality_sample_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sample_id', 'text', (c) => c.notNull().references('quality_samples.id'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
    /** The stratum the contact was drawn from: its adviser and channel when drawn. */
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('scored_at', 'text')
    .addColumn('scored_by', 'text', (c) => c.references('staff.id'))
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('quality_sample_contact', ['sample_id', 'contact_id'])
    .execute();
  await db.schema
    .createIndex('quality_sample_items_staff')
    .on('quality_sample_items')
    .columns(['staff_id', 'scored_at'])
    .execute();

  await db.schema
    .createTable('quality_scores')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sample_item_id', 'text', (c) => c.notNull().references('quality_sample_items.id'))
    .addColumn('checklist_item_id', 'text', (c) =>
      c.notNull().references('quality_checklist_items.id'),
    )
    /** The item's wording when it was scored. */
    .addColumn('item_text', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) =>
      c.notNull().check(sql`result in ('met', 'not_met', 'not_applicable')`),
    )
    .addUniqueConstraint('quality_score_item', ['sample_item_id', 'checklist_item_id'])
    .execute();

  // The default checklist, for councils old and new. Fixed ids (UUIDv7-shaped, time zero)
  // so every desk seeds the same rows and sync never sees two copies.
  const now = new Date().toISOString();
  for (const [i, text] of DEFAULT_CHECKLIST.entries()) {
    await db
      .insertInto('quality_checklist_items')
      .values({
        id: `00000000-0000-7000-8000-00000000000${i + 1}`,
        text,
        active: 1,
        sort_order: i + 1,
        created_at: now,
      })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('quality_scores').execute();
  await db.schema.dropTable('quality_sample_items').execute();
  await db.schema.dropTable('quality_samples').execute();
  await db.schema.dropTable('quality_checklist_items').execute();
  await db.schema.dropTable('satisfaction_surveys').execute();
}
