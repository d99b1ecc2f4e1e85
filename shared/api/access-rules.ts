// Who may do what to whose work, written once. The back end refuses with these functions
// (electron/api/<domain>/handlers.ts), and the screens use the same ones to offer only what the back end
// will accept. A rule that is only a role is declared on the method itself (the contract's
// `roles`, checked by dispatch) with the constants below; the functions here look at the
// item as well. Any role not named here (the waiting-area display, or one added later) is
// refused: a new role opens nothing until someone decides what it may do.
//
// Go-live issue, item 6. Tested per method and role in electron/api/access-rules.test.ts.
import { londonDateOf } from '../time/london';
import { LEADERS } from './define';
import type { MethodName } from './index';

/** The member of staff acting: their id, role and team (teams are named, e.g. "Contact Centre"). */
export interface ActingStaff {
  id: string;
  role: string;
  team: string | null;
}

/** Whose an item is: the member of staff it belongs to, and their team. */
export interface ItemOwner {
  id: string | null;
  team: string | null;
}

/**
 * Recording a complaint's reply closes it (at any stage, until the customer escalates), and
 * the council's reply to a complaint, stage 2's above all, is signed off by a team leader or
 * an administrator, never by the adviser who took it. The complaints figures are theirs too:
 * the leaders report them upward (NeSDS standard 7), and the counts would show complaints an
 * adviser may not see.
 */
export const COMPLAINT_OFFICERS = LEADERS;

const LEADER_ROLES: readonly string[] = LEADERS;
/** The roles that serve customers and work their cases. */
const CASEWORKER_ROLES: readonly string[] = ['adviser', ...LEADERS];

/** Team leaders and administrators: they may act on any colleague's work. */
export function isLeader(staff: Pick<ActingStaff, 'role'>): boolean {
  return LEADER_ROLES.includes(staff.role);
}

/** Whether the member of staff has one of `roles` (a method's declared roles). */
export function hasRole(staff: Pick<ActingStaff, 'role'>, roles: readonly string[]): boolean {
  return roles.includes(staff.role);
}

/** The member of staff themself, or a colleague in the same team. */
function ownOrTeams(staff: ActingStaff, owner: ItemOwner): boolean {
  return owner.id === staff.id || (staff.team !== null && owner.team === staff.team);
}

/**
 * An adviser acts on their own work and their team's; a team leader or administrator on
 * anyone's. Teams share work (cover for a colleague at lunch, on leave), so an adviser may
 * finish a teammate's item; another team's work is theirs to manage, not the adviser's.
 */
export function mayActOnItem(staff: ActingStaff, owner: ItemOwner): boolean {
  if (isLeader(staff)) return true;
  return CASEWORKER_ROLES.includes(staff.role) && ownOrTeams(staff, owner);
}

// ---- Letters, emails and web forms (correspondence) ----

/**
 * An item nobody has taken is the shared inbox's: any adviser may work it (the contact centre
 * works one inbox). Once assigned, it is the assignee's and their team's.
 */
export function mayWorkCorrespondence(
  staff: ActingStaff,
  item: { assignedToId: string | null; assignedTeam: string | null },
): boolean {
  if (item.assignedToId === null) return CASEWORKER_ROLES.includes(staff.role);
  return mayActOnItem(staff, { id: item.assignedToId, team: item.assignedTeam });
}

/** An adviser takes an item or passes it within the team; a leader passes it to anyone. */
export function mayAssignCorrespondence(
  staff: ActingStaff,
  item: { assignedToId: string | null; assignedTeam: string | null },
  to: ItemOwner,
): boolean {
  return mayWorkCorrespondence(staff, item) && (isLeader(staff) || ownOrTeams(staff, to));
}

/**
 * Who sent the full response is part of the record the standard is measured on: an adviser
 * records only themself; a leader may record the colleague who sent it.
 */
export function mayRecordResponder(staff: ActingStaff, responderId: string): boolean {
  return isLeader(staff) || (CASEWORKER_ROLES.includes(staff.role) && responderId === staff.id);
}

// ---- Hand-offs to departments ----

/** A hand-off is followed up by whoever made it, their team, or a leader (NeSDS standard 24). */
export function mayUpdateHandOff(
  staff: ActingStaff,
  handOff: { createdById: string; createdByTeam: string | null },
): boolean {
  return mayActOnItem(staff, { id: handOff.createdById, team: handOff.createdByTeam });
}

// ---- Complaints, compliments and comments ----

/**
 * A complaint about a named member of staff is seen only by team leaders and administrators:
 * the colleague named may sit at the next desk, and the complaint is theirs to investigate.
 */
export function maySeeFeedback(
  staff: Pick<ActingStaff, 'role'>,
  item: { aboutNamedStaff: boolean },
): boolean {
  return item.aboutNamedStaff ? isLeader(staff) : CASEWORKER_ROLES.includes(staff.role);
}

/** Recording the reply closes the complaint: see COMPLAINT_OFFICERS. */
export function mayCloseComplaint(staff: Pick<ActingStaff, 'role'>): boolean {
  return hasRole(staff, COMPLAINT_OFFICERS);
}

/** The customer asks for the next stage through whoever took the complaint, or their team. */
export function mayEscalateComplaint(
  staff: ActingStaff,
  item: { aboutNamedStaff: boolean; loggedById: string; loggedByTeam: string | null },
): boolean {
  return (
    maySeeFeedback(staff, item) &&
    mayActOnItem(staff, { id: item.loggedById, team: item.loggedByTeam })
  );
}

// ---- Contacts ----

/**
 * A contact is the adviser's own account of what they did, so only they correct it (on its
 * day), or a team leader; a teammate adds a contact of their own instead.
 */
export function mayCorrectContact(
  staff: Pick<ActingStaff, 'id' | 'role'>,
  contact: { staffId: string },
): boolean {
  return isLeader(staff) || (CASEWORKER_ROLES.includes(staff.role) && contact.staffId === staff.id);
}

/**
 * A contact recorded in error is voided, never deleted: kept, struck through and left out of
 * every figure (issue 19). Its adviser voids it on the London day they recorded it, while the
 * mistake is fresh and before the day's figures are reviewed; after that day, or for anyone
 * else's contact, a team leader or administrator decides, at any time.
 */
export function mayVoidContact(
  staff: Pick<ActingStaff, 'id' | 'role'>,
  contact: { staffId: string; recordedAt: string },
  now: Date,
): boolean {
  if (isLeader(staff)) return true;
  return (
    CASEWORKER_ROLES.includes(staff.role) &&
    contact.staffId === staff.id &&
    londonDateOf(contact.recordedAt) === londonDateOf(now)
  );
}

// ---- Desks ----

/** A desk is closed by the person at it or by a leader (one who left without closing it). */
export function mayCloseDesk(staff: ActingStaff, desk: { staffId: string | null }): boolean {
  if (isLeader(staff)) return true;
  return CASEWORKER_ROLES.includes(staff.role) && (desk.staffId ?? staff.id) === staff.id;
}

/** A visitor is called to a desk by the person at it, or by a leader covering for them. */
export function mayCallToDesk(staff: ActingStaff, desk: { staffId: string | null }): boolean {
  if (isLeader(staff)) return true;
  return CASEWORKER_ROLES.includes(staff.role) && desk.staffId === staff.id;
}

/** The words a refusal by role reads: who can do it, and whom to ask. */
export function roleRefusal(roles: readonly string[] | undefined): string {
  if (roles?.length === 1 && roles[0] === 'administrator')
    return 'Only an administrator can do this.';
  if (roles && roles.every((r) => LEADER_ROLES.includes(r)))
    return 'Only team leaders and administrators can do this. Ask your team leader.';
  return 'Your role does not allow this. Ask an administrator.';
}

// ---- Methods open to every staff role ----

const OWN_SESSION = 'One’s own session and password.';
const COUNCIL_LISTS =
  'The council’s lists, settings and standards every screen is drawn with; they show no customer.';
const FRONT_OF_HOUSE =
  'Front of house: everyone at a site checks visitors in, books them and serves them; each warning marker shown is logged.';
const OWN_CONTACTS = 'The caller’s own contacts, stamped with them.';
const SINGLE_VIEW =
  'The single view of the customer (NeSDS standard 23) is for everyone who serves them; markers shown are logged and complaints about named staff left out.';
const SHARED_INBOX =
  'The shared inbox: everyone sees the work list, logs what arrives and reads an item’s history; the figures name no one.';
const FOLLOWING_HAND_OFFS =
  'Every adviser tells the customer in front of them where a hand-off is (NeSDS standard 24).';
const SYNC =
  'Whether this desk reaches the council server, what waits to go and what could not: every adviser must see that their work has not gone yet, and why.';
const SURVEYS =
  'Satisfaction is asked after each transaction by whoever served the customer (NeSDS standard 17).';

/**
 * The signed-in methods every staff role (adviser, team leader, administrator) may call, each
 * with the reason. Every other method is public, declares its `roles`, or has an item rule
 * above; electron/api/access-rules.test.ts fails for a method with no decision, so a new one
 * cannot slip through.
 */
export const OPEN_TO_EVERY_STAFF_ROLE = {
  'auth.signOut': OWN_SESSION,
  'auth.lock': OWN_SESSION,
  'auth.unlock': OWN_SESSION,
  'auth.heartbeat': OWN_SESSION,
  'auth.changePassword': OWN_SESSION,
  'reference.list': COUNCIL_LISTS,
  'settings.queue': COUNCIL_LISTS,
  'settings.general': COUNCIL_LISTS,
  'settings.calendar': COUNCIL_LISTS,
  'sites.hours': COUNCIL_LISTS,
  'standards.list': COUNCIL_LISTS,
  'offers.rules': COUNCIL_LISTS,
  'offers.figures': 'How often the proactive offers (NeSDS standard 4) are taken up; no names.',
  'queue.board': FRONT_OF_HOUSE,
  'queue.checkIn': FRONT_OF_HOUSE,
  'queue.act': FRONT_OF_HOUSE,
  'queue.callNext': FRONT_OF_HOUSE,
  'queue.nowCalling': FRONT_OF_HOUSE,
  'appointments.book': FRONT_OF_HOUSE,
  'appointments.list': FRONT_OF_HOUSE,
  'appointments.cancel': FRONT_OF_HOUSE,
  'contacts.record': OWN_CONTACTS,
  'contacts.quickLog': OWN_CONTACTS,
  'contacts.mineToday': OWN_CONTACTS,
  'queue.awaitingContact': 'The caller’s own finished visits still waiting for their contact.',
  'drafts.get': 'The caller’s own half-typed forms.',
  'drafts.save': 'The caller’s own half-typed forms.',
  'drafts.discard': 'The caller’s own half-typed forms.',
  'sync.status': SYNC,
  'sync.now': SYNC,
  'sync.problems': SYNC,
  'contacts.history': SINGLE_VIEW,
  'customers.find': SINGLE_VIEW,
  'customers.create': SINGLE_VIEW,
  'customers.view': SINGLE_VIEW,
  'customers.update': SINGLE_VIEW,
  'customers.changeAddress': SINGLE_VIEW,
  'correspondence.log': SHARED_INBOX,
  'correspondence.list': SHARED_INBOX,
  'correspondence.get': SHARED_INBOX,
  'correspondence.history': SHARED_INBOX,
  'correspondence.figures': SHARED_INBOX,
  'staff.list': 'Names and teams, to pass work to a colleague and see who has it.',
  'handOffs.get': FOLLOWING_HAND_OFFS,
  'handOffs.list': FOLLOWING_HAND_OFFS,
  'handOffs.standards': FOLLOWING_HAND_OFFS,
  'feedback.log':
    'Anyone may take a complaint, compliment or comment: one point for them all (NeSDS standard 7).',
  'surveys.record': SURVEYS,
  'surveys.send': SURVEYS,
  'surveys.respond': SURVEYS,
  'surveys.get': SURVEYS,
  'surveys.ofContacts': SURVEYS,
  'surveys.awaiting': SURVEYS,
  'audit.recordOutput': 'Records the caller’s own print or export in the access log.',
} satisfies Partial<Record<MethodName, string>>;
