// Who may work a letter, email or web form, and whom they may hand it to or record as its
// responder: the rules are shared/api/access-rules.ts; this loads what they look at.
import {
  mayAssignCorrespondence,
  mayRecordResponder,
  mayWorkCorrespondence,
  type ActingStaff,
} from '../../../shared/api/access-rules';
import { ApiFailure } from '../../../shared/api/errors';
import { itemById, type ItemRow } from '../../../db/queries/correspondence/correspondence';
import { staffExists, staffWithTeam } from '../../../db/queries/correspondence/staff-choices';
import { actingStaff, refuseUnless } from '../acting-staff';
import type { ApiContext, Call } from '../context';
import { requireActive } from '../require-active';

const assignment = (item: ItemRow) => ({
  assignedToId: item.assigned_to,
  assignedTeam: item.assigned_team,
});

/** The item, once the caller may work it; refused in words, with nothing written, if not. */
export async function workableItem(
  ctx: ApiContext,
  call: Call,
  id: string,
): Promise<{ item: ItemRow; staff: ActingStaff }> {
  const item = await itemById(ctx.db, id);
  if (!item) throw new ApiFailure('NOT_FOUND', 'That item is not in the correspondence records.');
  const staff = await actingStaff(ctx, call);
  refuseUnless(
    mayWorkCorrespondence(staff, assignment(item)),
    `${item.reference} is assigned to ${item.assigned_name ?? 'a colleague'}, who is not in your team. Ask them or a team leader to pass it to you.`,
  );
  return { item, staff };
}

/** The active member of staff the item is to go to, once the caller may give it to them. */
export async function assignee(
  ctx: ApiContext,
  staff: ActingStaff,
  item: ItemRow,
  staffId: string,
): Promise<string> {
  await requireActive(ctx.db, 'staff', staffId, 'staffId', 'Choose an adviser from the list.');
  const to = (await staffWithTeam(ctx.db, staffId))!;
  refuseUnless(
    mayAssignCorrespondence(staff, assignment(item), to),
    'You can assign an item only to yourself or to someone in your team. Ask a team leader to pass it to another team.',
  );
  return to.id;
}

/** Who sent the full response: the caller unless they name someone they may record. */
export async function responder(
  ctx: ApiContext,
  staff: ActingStaff,
  respondedBy: string | undefined,
): Promise<string> {
  if (respondedBy === undefined || respondedBy === staff.id) return staff.id;
  refuseUnless(
    mayRecordResponder(staff, respondedBy),
    'You can record only yourself as the person who sent the full response. Ask a team leader to record a colleague.',
  );
  if (!(await staffExists(ctx.db, respondedBy)))
    throw new ApiFailure('VALIDATION', 'Choose who sent the response from the list.', {
      respondedBy: 'Choose who sent the response from the list.',
    });
  return respondedBy;
}
