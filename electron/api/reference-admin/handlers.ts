// Reference data administration (issue 18, item 3), for administrators: add, rename, retire
// and reinstate the council's sites, services, departments, enquiry types and teams. Nothing
// is deleted: a retired item stays on every record that used it and only leaves the
// pick-lists (reference.list). Each change is one logged transaction; the app's other
// windows are told, so their pick-lists follow at once.
import type { ParsedInputOf } from '../../../shared/api';
import type { ReferenceAdminData, ReferenceKind } from '../../../shared/api/reference-admin';
import { ApiFailure } from '../../../shared/api/errors';
import { DEFAULT_OPENING_HOURS } from '../../../shared/time';
import type { ReadableDB } from '../../../db/handles';
import {
  departmentOfService,
  findReferenceRow,
  isBvpi157,
  listAllReferenceRows,
  nextSortOrder,
} from '../../../db/queries/reference-admin/reference-admin';
import {
  insertDepartment,
  insertInteractionType,
  insertService,
  insertSite,
  insertTeam,
  renameItem,
  renameTeam,
  setItemActive,
  updateDepartmentContacts,
} from '../../../db/queries/reference-admin/list-changes';
import { inTransaction, newId, type Actor, type Tx } from '../../../db/write';
import type { ApiContext, Handlers } from '../context';
import { requireActive } from '../require-active';
import {
  refuseDuplicateName,
  refuseRenamingBvpi157,
  refuseRetiring,
  refuseTakenTicketPrefix,
  TABLE_OF,
} from '../reference/rules';

async function allLists(db: ReadableDB): Promise<ReferenceAdminData> {
  const rows = await listAllReferenceRows(db);
  const count = (values: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const atSite = count(rows.staff.map((s) => s.homeSiteId));
  const inTeam = count(rows.staff.map((s) => s.team));
  const servicesOf = count(rows.services.filter((s) => s.active).map((s) => s.departmentId));
  return {
    sites: rows.sites.map((s) => ({ ...s, staffCount: atSite.get(s.id) ?? 0 })),
    services: rows.services,
    departments: rows.departments.map((d) => ({
      ...d,
      activeServiceCount: servicesOf.get(d.id) ?? 0,
    })),
    interactionTypes: rows.interactionTypes,
    teams: rows.teams.map((t) => ({ ...t, staffCount: inTeam.get(t.name) ?? 0 })),
  };
}

/** Runs one change, tells every window the lists changed, and answers with them all. */
async function change(ctx: ApiContext, work: (tx: Tx) => Promise<void>) {
  await inTransaction(ctx.db, work);
  ctx.events.emit('reference.changed', null);
  return allLists(ctx.db);
}

async function existing(tx: Tx, kind: ReferenceKind, id: string) {
  const row = await findReferenceRow(tx, TABLE_OF[kind], id);
  if (!row)
    throw new ApiFailure(
      'NOT_FOUND',
      'That item could not be found. Reload the list and try again.',
    );
  return row;
}

/** A blank optional field is stored as none. */
const orNull = (value: string | undefined) => (value ? value : null);
/** A field left out is left as it is; a blank one is cleared. */
const changedTo = (value: string | undefined) => (value === undefined ? undefined : orNull(value));

async function addItem(tx: Tx, actor: Actor, input: ParsedInputOf<'reference.add'>): Promise<void> {
  const name = input.name;
  await refuseDuplicateName(tx, input.kind, name);
  const id = newId();
  switch (input.kind) {
    case 'site': {
      const prefix = input.ticketPrefix;
      await refuseTakenTicketPrefix(tx, prefix);
      await insertSite(tx, actor, {
        id,
        name,
        kind: input.siteKind,
        ticketPrefix: prefix,
        hours: input.hours ?? DEFAULT_OPENING_HOURS[input.siteKind],
        sortOrder: await nextSortOrder(tx, 'sites'),
      });
      return;
    }
    case 'service': {
      // A retired department is named, so the administrator knows what to reinstate.
      const department = await findReferenceRow(tx, 'departments', input.departmentId);
      if (department && !department.active) {
        const message = `The ${department.name} department is retired. Reinstate it first, or choose a department in use.`;
        throw new ApiFailure('VALIDATION', message, { departmentId: message });
      }
      await requireActive(
        tx,
        'departments',
        input.departmentId,
        'departmentId',
        'Choose the department that runs the service from the list.',
      );
      await insertService(tx, actor, {
        id,
        name,
        departmentId: input.departmentId,
        sortOrder: await nextSortOrder(tx, 'services'),
      });
      return;
    }
    case 'department':
      await insertDepartment(tx, actor, {
        id,
        name,
        contactName: orNull(input.contactName),
        contactEmail: orNull(input.contactEmail),
        escalationContact: orNull(input.escalationContact),
      });
      return;
    case 'interactionType':
      // The council's own: the eight BVPI 157 types came with the app.
      await insertInteractionType(tx, actor, {
        id,
        name,
        bvpi157: false,
        sortOrder: await nextSortOrder(tx, 'interaction_types'),
      });
      return;
    case 'team':
      await insertTeam(tx, actor, { id, name, sortOrder: await nextSortOrder(tx, 'teams') });
  }
}

export const referenceAdminHandlers: Pick<
  Handlers,
  | 'reference.all'
  | 'reference.add'
  | 'reference.rename'
  | 'reference.updateDepartment'
  | 'reference.retire'
  | 'reference.reinstate'
> = {
  'reference.all': (ctx) => allLists(ctx.db),

  'reference.add': (ctx, input, call) => {
    const actor = call.actor();
    return change(ctx, (tx) => addItem(tx, actor, input));
  },

  'reference.rename': (ctx, input, call) => {
    const actor = call.actor();
    return change(ctx, async (tx) => {
      const item = await existing(tx, input.kind, input.id);
      if (item.name === input.name) return;
      if (input.kind === 'interactionType' && (await isBvpi157(tx, item.id)))
        refuseRenamingBvpi157(item.name);
      await refuseDuplicateName(tx, input.kind, input.name, item.id);
      if (input.kind === 'team') await renameTeam(tx, actor, item, input.name);
      else await renameItem(tx, actor, TABLE_OF[input.kind], item.id, input.name);
    });
  },

  'reference.updateDepartment': (ctx, input, call) => {
    const actor = call.actor();
    return change(ctx, async (tx) => {
      const department = await existing(tx, 'department', input.id);
      await updateDepartmentContacts(tx, actor, department.id, {
        contactName: changedTo(input.contactName),
        contactEmail: changedTo(input.contactEmail),
        escalationContact: changedTo(input.escalationContact),
      });
    });
  },

  'reference.retire': (ctx, input, call) => {
    const actor = call.actor();
    return change(ctx, async (tx) => {
      const item = await existing(tx, input.kind, input.id);
      if (!item.active) return;
      await refuseRetiring(tx, input.kind, item);
      await setItemActive(tx, actor, TABLE_OF[input.kind], item.id, false);
    });
  },

  'reference.reinstate': (ctx, input, call) => {
    const actor = call.actor();
    return change(ctx, async (tx) => {
      const item = await existing(tx, input.kind, input.id);
      if (item.active) return;
      if (input.kind === 'service') {
        const department = await departmentOfService(tx, item.id);
        if (!department.active)
          throw new ApiFailure(
            'CONFLICT',
            `${item.name} is run by ${department.name}, which is retired. Reinstate the department first.`,
          );
      }
      await setItemActive(tx, actor, TABLE_OF[input.kind], item.id, true);
    });
  },
};
