// FCR by channel family (NeSDS 1a-1d), channel, service and adviser, and volume by channel,
// service, interaction type and customer type, for a period (NeSDS standards 1, 2 and 18).
import type { FcrRow, VolumeRow } from '../../shared/api/stats';
import {
  CHANNEL_FAMILIES,
  CHANNEL_FAMILY_LABELS,
  CHANNEL_FAMILY_OF,
  CHANNEL_LABELS,
  CHANNELS,
  type Channel,
} from '../../shared/domain/channels';
import { fcrFromCounts } from '../../shared/metrics/fcr';
import type { IsoDate } from '../../shared/time/london';
import {
  contactTallies,
  type ContactTally,
  type TallyDimension,
} from '../queries/stats/contact-tallies';
import type { StatsFilter } from '../queries/stats/scope';
import type { ReadableDB } from '../handles';
import type { Names } from '../queries/reference/names';

type Tally = Pick<ContactTally, 'contacts' | 'completed' | 'resolved' | 'repeats'>;

/** The tallies of one dimension by key, or regrouped by `keyOf` (channels into families). */
function byKey<K extends string>(
  tallies: readonly ContactTally[],
  dimension: TallyDimension,
  keyOf: (key: string) => K = (key) => key as K,
) {
  const out = new Map<K, Tally>();
  for (const g of tallies) {
    if (g.dimension !== dimension) continue;
    const key = keyOf(g.key);
    const t = out.get(key) ?? { contacts: 0, completed: 0, resolved: 0, repeats: 0 };
    t.contacts += g.contacts;
    t.completed += g.completed;
    t.resolved += g.resolved;
    t.repeats += g.repeats;
    out.set(key, t);
  }
  return out;
}

function fcrRow(key: string, label: string, t: Tally, target: number): FcrRow {
  return { key, label, completed: t.completed, resolved: t.resolved, ...fcrFromCounts(t, target) };
}

const byLabel = <T extends { label: string }>(rows: T[]) =>
  rows.sort((a, b) => a.label.localeCompare(b.label));

/** The breakdowns from one London date to another, inclusive. */
export async function breakdowns(
  db: ReadableDB,
  from: IsoDate,
  to: IsoDate,
  filter: StatsFilter,
  names: Names,
  fcrTarget: number,
) {
  const tallies = await contactTallies(db, from, to, filter);
  const byFamily = byKey(tallies, 'channel', (c) => CHANNEL_FAMILY_OF[c as Channel]);
  const byChannel = byKey(tallies, 'channel', (c) => c as Channel);
  const byService = byKey(tallies, 'service');
  const byStaff = byKey(tallies, 'staff');
  const byType = byKey(tallies, 'interaction_type');
  const byCustomerType = byKey(tallies, 'customer_type');
  const completedRows = (rows: FcrRow[]) => rows.filter((r) => r.completed > 0);
  const volume = (tallies: Map<string, Tally>, label: (key: string) => string): VolumeRow[] =>
    [...tallies.entries()]
      .map(([key, t]) => ({ key, label: label(key), count: t.contacts }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    fcr: {
      family: CHANNEL_FAMILIES.filter((f) => byFamily.has(f)).map((f) =>
        fcrRow(f, CHANNEL_FAMILY_LABELS[f], byFamily.get(f)!, fcrTarget),
      ),
      channel: completedRows(
        CHANNELS.filter((c) => byChannel.has(c)).map((c) =>
          fcrRow(c, CHANNEL_LABELS[c], byChannel.get(c)!, fcrTarget),
        ),
      ),
      service: completedRows(
        byLabel(
          [...byService].map(([id, t]) => fcrRow(id, names.service.get(id) ?? id, t, fcrTarget)),
        ),
      ),
      adviser: completedRows(
        byLabel([...byStaff].map(([id, t]) => fcrRow(id, names.staff.get(id) ?? id, t, fcrTarget))),
      ),
    },
    volume: {
      channel: volume(byChannel, (c) => CHANNEL_LABELS[c as Channel]),
      service: volume(byService, (id) => names.service.get(id) ?? id),
      interactionType: volume(byType, (id) => names.interactionType.get(id) ?? id),
      customerType: volume(byCustomerType, (id) => names.customerType.get(id) ?? id),
    },
  };
}
