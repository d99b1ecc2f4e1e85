// Quality checks (NeSDS standards 19 and 20): a team leader draws a random sample of a
// period's contacts from a recorded seed (5% by default, stratified by adviser and channel),
// scores each one against the checklist, checks the sample can be reproduced from its seed,
// and reads the results per adviser by month. Every write is logged, in one transaction.
import { plural } from '../../../shared/words';
import { randomInt } from 'node:crypto';
import type { QualityVerification } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { compareSamples, drawSample } from '../../../shared/quality/sampling';
import { londonDateOf } from '../../../shared/time/london';
import { getSetting } from '../../../db/queries/settings/settings';
import type { ReadableDB } from '../../../db/handles';
import {
  changedSinceDraw,
  findSample,
  insertSample,
  sampleContactIds,
  siteNameOf,
} from '../../../db/queries/quality/draws';
import { populationOf } from '../../../db/queries/quality/samples';
import { findSampleItem, markScored, replaceScores } from '../../../db/queries/quality/scores';
import { inTransaction, newId, putSetting } from '../../../db/write';
import type { Handlers } from '../context';
import { councilFigures } from '../../sync/council-figures';
import { qualityResults } from '../../../db/reports/quality-results';
import { refuseIfVoided } from '../contacts/voided-contact';
import { sampleItemViews, sampleSummaries, sampleView } from './views';
import { checklistViews } from '../../../db/reports/quality-checklist';
import { qualityChecklistHandlers } from './checklist-handlers';

async function siteName(db: ReadableDB, siteId: string | undefined) {
  if (!siteId) return 'any site';
  const name = await siteNameOf(db, siteId);
  if (name === undefined) throw new ApiFailure('NOT_FOUND', 'That site does not exist.');
  return name;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** "1 November 2026" for a `YYYY-MM-DD` date. */
const day = (date: string) => dayFormat.format(new Date(`${date}T12:00:00Z`));

function verdict(v: Omit<QualityVerification, 'summary'>, size: number, seed: number): string {
  if (v.same)
    return `✓ The same ${plural(size, 'contact')} come out of seed ${seed}: the sample can be reproduced.`;
  const differences = [
    v.onlyInRecorded > 0 && `${plural(v.onlyInRecorded, 'sampled contact')} would not be drawn now`,
    v.onlyInRedraw > 0 && `${plural(v.onlyInRedraw, 'contact')} not on the sample would be`,
  ].filter(Boolean);
  const diff = `✗ Seed ${seed} no longer gives this sample: ${differences.join(', and ')}.`;
  return v.changedSinceDraw > 0
    ? `${diff} ${plural(v.changedSinceDraw, 'contact')} of the period ${v.changedSinceDraw === 1 ? 'was' : 'were'} recorded or corrected after the sample was drawn, which explains the difference.`
    : `${diff} No contact of the period has changed since the sample was drawn, so it does not match its seed: tell your system administrator.`;
}

export const qualityHandlers: Pick<
  Handlers,
  | 'quality.checklist'
  | 'quality.saveChecklistItem'
  | 'quality.moveChecklistItem'
  | 'quality.retireChecklistItem'
  | 'quality.draw'
  | 'quality.samples'
  | 'quality.sample'
  | 'quality.score'
  | 'quality.verify'
  | 'quality.results'
  | 'quality.settings'
  | 'quality.updateSettings'
> = {
  ...qualityChecklistHandlers,

  async 'quality.draw'(ctx, input, call) {
    const actor = call.actor();
    if (input.to > londonDateOf(actor.at)) {
      const message = 'The last day cannot be in the future.';
      throw new ApiFailure('VALIDATION', message, { to: message });
    }
    const where = await siteName(ctx.db, input.siteId);
    const percent = input.percent ?? (await getSetting(ctx.db, 'quality.samplePercent'));
    // A six-digit seed is easy to read out and type again to repeat the sample.
    const seed = input.seed ?? randomInt(1, 1_000_000);
    const id = newId();
    await inTransaction(ctx.db, async (tx) => {
      const population = await populationOf(tx, { ...input, siteId: input.siteId ?? null });
      if (population.length === 0)
        throw new ApiFailure(
          'VALIDATION',
          `No contacts were recorded at ${where} from ${day(input.from)} to ${day(input.to)}, so there is nothing to sample. Choose another period or site.`,
        );
      const sample = drawSample(population, percent / 100, seed);
      await insertSample(
        tx,
        actor,
        {
          id,
          period_from: input.from,
          period_to: input.to,
          site_id: input.siteId ?? null,
          fraction: percent / 100,
          seed,
          population: population.length,
          drawn_at: actor.at.toISOString(),
          drawn_by: actor.staffId!,
        },
        sample.items,
      );
    });
    return sampleView(ctx.db, id);
  },

  'quality.samples': (ctx) => sampleSummaries(ctx.db),

  'quality.sample': (ctx, input) => sampleView(ctx.db, input.id),

  async 'quality.score'(ctx, input, call) {
    const actor = call.actor();
    let sampleId = '';
    await inTransaction(ctx.db, async (tx) => {
      const item = await findSampleItem(tx, input.sampleItemId);
      if (!item) throw new ApiFailure('NOT_FOUND', 'That sampled contact does not exist.');
      await refuseIfVoided(
        tx,
        item.contact_id,
        'A void contact is not scored: it stays in the sample as drawn, out of the results.',
      );
      sampleId = item.sample_id;
      const active = (await checklistViews(tx)).filter((i) => i.active);
      const given = new Map(input.results.map((r) => [r.checklistItemId, r.result]));
      const unknown = input.results.filter((r) => !active.some((a) => a.id === r.checklistItemId));
      const missing = active.filter((a) => !given.has(a.id));
      if (given.size !== input.results.length || unknown.length > 0 || missing.length > 0) {
        const message =
          missing.length > 0
            ? `Score every point of the checklist: ${missing.map((m) => `“${m.text}”`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no answer.`
            : 'The checklist has changed since this page was opened: reload it and score the contact again.';
        throw new ApiFailure('VALIDATION', message, { results: message });
      }
      // Scoring again replaces the earlier scores; the change log keeps what they were.
      await replaceScores(
        tx,
        actor,
        item.id,
        active.map((point) => ({
          checklistItemId: point.id,
          itemText: point.text,
          result: given.get(point.id)!,
        })),
      );
      await markScored(tx, actor, item.id, input.comment ?? '');
    });
    return (await sampleItemViews(ctx.db, sampleId, input.sampleItemId))[0]!;
  },

  async 'quality.verify'(ctx, input) {
    const sample = await findSample(ctx.db, input.id);
    if (!sample) throw new ApiFailure('NOT_FOUND', 'That sample does not exist.');
    const period = { from: sample.period_from, to: sample.period_to, siteId: sample.site_id };
    const recorded = await sampleContactIds(ctx.db, sample.id);
    const population = await populationOf(ctx.db, period);
    const redraw = drawSample(population, sample.fraction, sample.seed);
    const comparison = compareSamples(
      recorded,
      redraw.items.map((i) => i.contactId),
    );
    const result = {
      sampleId: sample.id,
      ...comparison,
      populationNow: population.length,
      populationThen: sample.population,
      // Contacts recorded or corrected since the draw: what explains a redraw that differs.
      changedSinceDraw: await changedSinceDraw(ctx.db, sample),
    };
    return { ...result, summary: verdict(result, recorded.length, sample.seed) };
  },

  // Council-wide from the council server while a joined desk reaches it.
  'quality.results': (ctx, input, call) =>
    councilFigures(ctx, call, 'quality.results', input, () =>
      qualityResults(ctx.db, { from: input.from, to: input.to, siteId: input.siteId ?? null }),
    ),

  async 'quality.settings'(ctx) {
    return { samplePercent: await getSetting(ctx.db, 'quality.samplePercent') };
  },

  async 'quality.updateSettings'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, (tx) =>
      putSetting(tx, actor, 'quality.samplePercent', input.samplePercent),
    );
    return { samplePercent: await getSetting(ctx.db, 'quality.samplePercent') };
  },
};
