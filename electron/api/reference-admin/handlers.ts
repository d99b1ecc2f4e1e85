// Reference data administration (issue 18, item 3), for administrators: add, rename, retire
// and reinstate the council's sites, services, departments, enquiry types and teams. Nothing
// is deleted: a retired item stays on every record that used it and only leaves the
// pick-lists (reference.list). Each change is one logged transaction; the app's other
// windows are told, so their pick-lists follow at once.
import type { ParsedInputOf } from '../../../shared/api';
import type { ReferenceAdminData, ReferenceKind } from '../../../shared/api/reference-admin';
import { ApiFailure } from '../../../shared/api/errors';
import { DEFAULT_OPENING_HOURS } from '../../../shared/time';
import {
  findReferenceRow,
  listAllReferenceRows,
  nextSortOrder,
  staffInTeam,
} from '../../../db/queries/reference-admin/reference-admin';
import {
  inTransaction,
  insertLogged,
  newId,
  updateLogged,
  type Actor,
  type Db,
  type Tx,
} from '../../../db/write';
import type { ApiContext, Handlers } from '../context';
import {
  refuseDuplicateName,
  refuseRenamingBvpi157,
  refuseRetiring,
  refuseTakenTicketPrefix,
  TABLE_OF,
} from '../reference/rules';

async function allLists(db: Db): Promise<ReferenceAdminData> {
  const rows = await listAllReferenceRows(db);
  const count = (values: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const atSite = count(rows.staff.map((s) => s.home_site_id));
  const inTeam = count(rows.staff.map((s) => s.team));
  const servicesOf = count(rows.services.filter((s) => s.active === 1).map((s) => s.department_id));
  return {
    sites: rows.sites.map((s) => ({
      id: s.id,
      name: s.name,
      active: s.active === 1,
      kind: s.kind,
      ticketPrefix: s.ticket_prefix,
      staffCount: atSite.get(s.id) ?? 0,
    })),
    services: rows.services.map((s) => ({
      id: s.id,
      name: s.name,
      active: s.active === 1,
      departmentId: s.department_id,
      departmentName: s.department_name,
    })),
    departments: rows.departments.map((d) => ({
      id: d.id,
      name: d.name,
      active: d.active === 1,
      contactName: d.contact_name,
      contactEmail: d.contact_email,
      escalationContact: d.escalation_contact,
      activeServiceCount: servicesOf.get(d.id) ?? 0,
    })),
    interactionTypes: rows.interactionTypes.map((t) => ({
      id: t.id,
      name: t.name,
      active: t.active === 1,
      bvpi157: t.bvpi157 === 1,
    })),
    teams: rows.teams.map((t) => ({
      id: t.id,
      name: t.name,
      active: t.active === 1,
      staffCount: inTeam.get(t.name) ?? 0,
    })),
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
      await insertLogged(tx, actor, 'sites', {
        id,
        name,
        kind: input.siteKind,
        ticket_prefix: prefix,
        opening_hours: JSON.stringify(input.hours ?? DEFAULT_OPENING_HOURS[input.siteKind]),
        sort_order: await nextSortOrder(tx, 'sites'),
      });
      return;
    }
    case 'service': {
      const department = await findReferenceRow(tx, 'departments', input.departmentId);
      if (department?.active !== 1) {
        const message = department
          ? `The ${department.name} department is retired. Reinstate it first, or choose a department in use.`
          : 'Choose the department that runs the service from the list.';
        throw new ApiFailure('VALIDATION', message, { departmentId: message });
      }
      await insertLogged(tx, actor, 'services', {
        id,
        name,
        department_id: department.id,
        sort_order: await nextSortOrder(tx, 'services'),
      });
      return;
    }
    case 'department':
      await insertLogged(tx, actor, 'departments', {
        id,
        name,
        contact_name: orNull(input.contactName),
        contact_email: orNull(input.contactEmail),
        escalation_contact: orNull(input.escalationContact),
      });
      return;
    case 'interactionType':
      // The council's own: the eight BVPI 157 types came with the app.
      await insertLogged(tx, actor, 'interaction_types', {
        id,
        name,
        bvpi157: 0,
        sort_order: await nextSortOrder(tx, 'interaction_types'),
      });
      return;
    case 'team':
      await insertLogged(tx, actor, 'teams', {
        id,
        name,
        sort_order: await nextSortOrder(tx, 'teams'),
      });
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
      if (input.kind === 'interactionType') {
        const type = await tx
          .selectFrom('interaction_types')
          .select('bvpi157')
          .where('id', '=', item.id)
          .executeTakeFirstOrThrow();
        if (type.bvpi157 === 1) refuseRenamingBvpi157(item.name);
      }
      await refuseDuplicateName(tx, input.kind, input.name, item.id);
      await updateLogged(tx, actor, TABLE_OF[input.kind], item.id, { name: input.name });
      // A team is named on its members' accounts: they move with it, so "my team" and the
      // team's figures still find them.
      if (input.kind === 'team')
        for (const member of await staffInTeam(tx, item.name))
          await updateLogged(tx, actor, 'staff', member.id, { team: input.name });
    });
  },

  'reference.updateDepartment': (ctx, input, call) => {
    const actor = call.actor();
    return change(ctx, async (tx) => {
      const department = await existing(tx, 'department', input.id);
      await updateLogged(tx, actor, 'departments', department.id, {
        contact_name: changedTo(input.contactName),
        contact_email: changedTo(input.contactEmail),
        escalation_contact: changedTo(input.escalationContact),
      });
    });
  },

  'reference.retire': (ctx, input, call) => {
    const actor = call.actor();
    return change(ctx, async (tx) => {
      const item = await existing(tx, input.kind, input.id);
      if (item.active !== 1) return;
      await refuseRetiring(tx, input.kind, item);
      await updateLogged(tx, actor, TABLE_OF[input.kind], item.id, { active: 0 });
    });
  },

  'reference.reinstate': (ctx, input, call) => {
    const actor = call.actor();
    return change(ctx, async (tx) => {
      const item = await existing(tx, input.kind, input.id);
      if (item.active === 1) return;
      if (input.kind === 'service') {
        const department = await tx
          .selectFrom('services as s')
          .innerJoin('departments as d', 'd.id', 's.department_id')
          .select(['d.name', 'd.active'])
          .where('s.id', '=', item.id)
          .executeTakeFirstOrThrow();
        if (department.active !== 1)
          throw new ApiFailure(
            'CONFLICT',
            `${item.name} is run by ${department.name}, which is retired. Reinstate the department first.`,
          );
      }
      await updateLogged(tx, actor, TABLE_OF[input.kind], item.id, { active: 1 });
    });
  },
};
