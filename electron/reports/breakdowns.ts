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
import { contactGroups, type ContactGroup } from '../../db/queries/stats/contact-groups';
import type { Bounds, StatsFilter } from '../../db/queries/stats/scope';
import type { Db } from '../../db/write';

export interface Names {
  service: Map<string, string>;
  staff: Map<string, string>;
  interactionType: Map<string, string>;
  customerType: Map<string, string>;
}

export async function namesOf(db: Db): Promise<Names> {
  const [services, staff, types, customerTypes] = await Promise.all([
    db.selectFrom('services').select(['id', 'name']).execute(),
    db.selectFrom('staff').select(['id', 'display_name as name']).execute(),
    db.selectFrom('interaction_types').select(['id', 'name']).execute(),
    db.selectFrom('customer_types').select(['id', 'name']).execute(),
  ]);
  const map = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
  return {
    service: map(services),
    staff: map(staff),
    interactionType: map(types),
    customerType: map(customerTypes),
  };
}

type Tally = { contacts: number; completed: number; resolved: number; repeats: number };

function tally<K extends string>(groups: readonly ContactGroup[], keyOf: (g: ContactGroup) => K) {
  const out = new Map<K, Tally>();
  for (const g of groups) {
    const key = keyOf(g);
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
  const rate = t.completed === 0 ? null : t.resolved / t.completed;
  const verifiedResolved = t.resolved - t.repeats;
  const verifiedRate = t.completed === 0 ? null : verifiedResolved / t.completed;
  return {
    key,
    label,
    completed: t.completed,
    resolved: t.resolved,
    rate,
    verifiedResolved,
    verifiedRate,
    met: rate === null ? null : rate >= target,
    verifiedMet: verifiedRate === null ? null : verifiedRate >= target,
  };
}

const byLabel = <T extends { label: string }>(rows: T[]) =>
  rows.sort((a, b) => a.label.localeCompare(b.label));

export async function breakdowns(
  db: Db,
  bounds: Bounds,
  filter: StatsFilter,
  names: Names,
  fcrTarget: number,
) {
  const [main, types] = await Promise.all([
    contactGroups(db, bounds, filter, ['channel', 'service', 'staff']),
    contactGroups(db, bounds, filter, ['interactionType', 'customerType']),
  ]);
  const byFamily = tally(main, (g) => CHANNEL_FAMILY_OF[g.keys.channel as Channel]);
  const byChannel = tally(main, (g) => g.keys.channel as Channel);
  const byService = tally(main, (g) => g.keys.service!);
  const byStaff = tally(main, (g) => g.keys.staff!);
  const byType = tally(types, (g) => g.keys.interactionType!);
  const byCustomerType = tally(types, (g) => g.keys.customerType!);
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
