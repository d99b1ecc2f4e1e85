// Turns change-log rows into what a person reads on a record's history: field by field,
// with ids replaced by the names of the services, types and departments they point at.
import type { ChangeLogEntry } from '../../../shared/api';
import { CHANNEL_LABELS } from '../../../shared/domain/channels';
import { OUTCOME_LABELS } from '../../../shared/domain/outcomes';
import type { ReadableDB } from '../../../db/handles';
import {
  changeValues,
  listItemNames,
  staffNames,
  type NamedList,
} from '../../../db/queries/customers/history';

const HIDDEN = new Set([
  'id',
  'updated_at',
  'recorded_at',
  'staff_id',
  'site_id',
  'customer_id',
  'correspondence_id',
  'logged_by',
  'logged_at',
]);
const NAMED: Record<string, NamedList> = {
  service_id: 'services',
  interaction_type_id: 'interaction_types',
  customer_type_id: 'customer_types',
  department_id: 'departments',
};

const STAFF_FIELDS = ['assigned_to', 'responded_by', 'sent_by', 'voided_by'];

/** Stored codes shown in the council's words. */
const LABELS: Record<string, Record<string, string>> = {
  channel: CHANNEL_LABELS,
  outcome: OUTCOME_LABELS,
  direction: { inbound: 'Customer contacted us', outbound: 'We followed up (outbound)' },
};

interface LogRow {
  id: string;
  at: string;
  action: 'create' | 'update' | 'delete';
  before: string | null;
  after: string | null;
  staff_name: string | null;
}

export async function describeChanges(db: ReadableDB, rows: LogRow[]): Promise<ChangeLogEntry[]> {
  const parsed = rows.map((row) => ({ row, ...changeValues(row) }));
  const names = new Map<string, string>();
  for (const table of new Set(Object.values(NAMED))) {
    const ids = new Set<string>();
    for (const { before, after } of parsed) {
      for (const [field, t] of Object.entries(NAMED)) {
        if (t !== table) continue;
        for (const v of [before[field], after[field]]) if (typeof v === 'string') ids.add(v);
      }
    }
    for (const [id, name] of await listItemNames(db, table, [...ids])) names.set(id, name);
  }
  const staffIds = new Set<string>();
  for (const { before, after } of parsed) {
    for (const field of STAFF_FIELDS)
      for (const v of [before[field], after[field]]) if (typeof v === 'string') staffIds.add(v);
  }
  for (const [id, name] of await staffNames(db, [...staffIds])) names.set(id, name);
  const show = (field: string, value: unknown) => {
    if (STAFF_FIELDS.includes(field) && typeof value === 'string') return names.get(value) ?? value;
    if (typeof value !== 'string') return value ?? null;
    if (field in NAMED) return names.get(value) ?? value;
    return LABELS[field]?.[value] ?? value;
  };

  return parsed.map(({ row, before, after }) => {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (f) => !HIDDEN.has(f),
    );
    return {
      id: row.id,
      at: row.at,
      staffName: row.staff_name,
      action: row.action,
      changes: fields.map((field) => ({
        field: field.replace(/_id$/, '').replace(/_/g, ' '),
        before: row.action === 'create' ? null : show(field, before[field]),
        after: show(field, after[field]),
      })),
    };
  });
}
