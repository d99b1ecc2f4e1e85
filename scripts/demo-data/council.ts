// The council the activity belongs to, read from the database: its real sites, services,
// departments, staff, types, standards and calendar, so every generated row points at rows
// that exist. Lists are ordered by name or sort order, never by id (ids are random per
// database), so the same seed makes the same choices on any copy of the demo council.
import type BetterSqlite3 from 'better-sqlite3';
import {
  createWorkingCalendar,
  openingHoursSchema,
  type OpeningHours,
  type ServiceStandard,
  type WorkingCalendar,
} from '../../shared/time';
import { SETTING_DEFAULTS, type Settings } from '../../db/queries/settings/settings';
import { toServiceStandard } from '../../db/queries/calendar-settings/standards';
import type { ServiceStandardTable } from '../../db/schema';
import type { Selectable } from 'kysely';

export interface Site {
  id: string;
  name: string;
  kind: 'contact_centre' | 'one_stop_shop';
  ticketPrefix: string;
  hours: OpeningHours;
}

export interface Department {
  id: string;
  name: string;
  contactName: string | null;
  escalationContact: string | null;
}

export interface Service {
  id: string;
  name: string;
  department: Department;
  replyWorkingDays: number | null;
  handOffStandardId: string | null;
}

export interface StaffMember {
  id: string;
  role: 'adviser' | 'team_leader' | 'administrator';
  homeSiteId: string;
}

export interface Council {
  sites: Site[];
  services: Service[];
  interactionTypes: { id: string; name: string }[];
  customerTypes: { id: string; code: string; isAnonymous: boolean }[];
  staff: StaffMember[];
  calendar: WorkingCalendar;
  /** The council's reply promise (the correspondence_reply standard), 10 working days by default. */
  replyWorkingDays: number;
  /** The email acknowledgement promise in working days, when the council has one. */
  ackWorkingDays: number | null;
  /** Standards by id, and the hand-off standard used when a service has none of its own. */
  standardsById: Map<string, ServiceStandard>;
  defaultHandOffStandardId: string | null;
  /** The standard each complaint stage runs under (electron/api/feedback/views.ts
   * stageStandards: the first active one for the subject), or null without one. */
  complaintStandards: { stage_1: ServiceStandard | null; stage_2: ServiceStandard | null };
  /** Proactive offers by the service that triggers them (NeSDS standard 4), in their order. */
  offerRules: Map<string, { id: string; offer: string }[]>;
  /** The active quality checklist points, in order, and the share a sample draws. */
  checklist: { id: string; text: string }[];
  samplePercent: number;
}

function setting<K extends keyof Settings>(sqlite: BetterSqlite3.Database, key: K): Settings[K] {
  const row = sqlite.prepare('select value from settings where key = ?').get(key) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as Settings[K]) : SETTING_DEFAULTS[key];
}

/** The tightest limit of the first active standard for a subject (as the app reads it). */
function standardLimit(
  standards: Selectable<ServiceStandardTable>[],
  subject: string,
): number | null {
  const first = standards.find((s) => s.subject === subject);
  if (!first) return null;
  const limits = (JSON.parse(first.thresholds) as { limit: number }[]).map((t) => t.limit);
  return limits.length === 0 ? null : Math.min(...limits);
}

export function loadCouncil(sqlite: BetterSqlite3.Database): Council {
  const all = <T>(query: string) => sqlite.prepare(query).all() as T[];
  const sites = all<{
    id: string;
    name: string;
    kind: Site['kind'];
    ticket_prefix: string;
    opening_hours: string;
  }>(
    'select id, name, kind, ticket_prefix, opening_hours from sites where active = 1 order by sort_order, name',
  ).map((s): Site => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    ticketPrefix: s.ticket_prefix,
    hours: openingHoursSchema.parse(JSON.parse(s.opening_hours)),
  }));
  const departments = new Map(
    all<{
      id: string;
      name: string;
      contact_name: string | null;
      escalation_contact: string | null;
    }>('select id, name, contact_name, escalation_contact from departments').map((d) => [
      d.id,
      {
        id: d.id,
        name: d.name,
        contactName: d.contact_name,
        escalationContact: d.escalation_contact,
      },
    ]),
  );
  const services = all<{
    id: string;
    name: string;
    department_id: string;
    reply_working_days: number | null;
    hand_off_standard_id: string | null;
  }>(
    // A service whose department is retired cannot be handed off, so it is left out.
    `select s.id, s.name, s.department_id, s.reply_working_days, s.hand_off_standard_id
     from services s join departments d on d.id = s.department_id
     where s.active = 1 and d.active = 1 order by s.sort_order, s.name`,
  ).map((s): Service => ({
    id: s.id,
    name: s.name,
    department: departments.get(s.department_id)!,
    replyWorkingDays: s.reply_working_days,
    handOffStandardId: s.hand_off_standard_id,
  }));
  const standards = all<Selectable<ServiceStandardTable>>(
    'select * from service_standards where active = 1 order by sort_order',
  );
  const handOff = standards.filter((s) => s.subject === 'department_hand_off');
  // Every standard by id, active or not: a service's own choice is honoured as create.ts does.
  const standardsById = new Map(
    all<Selectable<ServiceStandardTable>>('select * from service_standards').map((s) => [
      s.id,
      toServiceStandard(s),
    ]),
  );
  const firstOf = (subject: string) => {
    const row = standards.find((s) => s.subject === subject);
    return row ? toServiceStandard(row) : null;
  };
  const offerRules = new Map<string, { id: string; offer: string }[]>();
  for (const rule of all<{ id: string; trigger_service_id: string; offer: string }>(
    'select id, trigger_service_id, offer from offer_rules where active = 1 order by sort_order, offer',
  )) {
    const list = offerRules.get(rule.trigger_service_id) ?? [];
    list.push({ id: rule.id, offer: rule.offer });
    offerRules.set(rule.trigger_service_id, list);
  }
  return {
    sites,
    services,
    interactionTypes: all<{ id: string; name: string }>(
      'select id, name from interaction_types where active = 1 order by sort_order, name',
    ),
    customerTypes: all<{ id: string; code: string; is_anonymous: number }>(
      'select id, code, is_anonymous from customer_types where active = 1 order by sort_order, name',
    ).map((t) => ({ id: t.id, code: t.code, isAnonymous: t.is_anonymous === 1 })),
    staff: all<{ id: string; role: StaffMember['role']; home_site_id: string }>(
      'select id, role, home_site_id from staff where active = 1 order by username',
    ).map((s) => ({ id: s.id, role: s.role, homeSiteId: s.home_site_id })),
    calendar: createWorkingCalendar({
      region: setting(sqlite, 'calendar.region'),
      closureDays: setting(sqlite, 'calendar.closureDays'),
      extraHolidays: setting(sqlite, 'calendar.extraHolidays'),
    }),
    replyWorkingDays: standardLimit(standards, 'correspondence_reply') ?? 10,
    ackWorkingDays: standardLimit(standards, 'email_acknowledgement'),
    standardsById,
    // electron/api/hand-offs/create.ts: the service's own standard, else the council's first.
    defaultHandOffStandardId: handOff[0]?.id ?? null,
    complaintStandards: {
      stage_1: firstOf('complaint_stage_1'),
      stage_2: firstOf('complaint_stage_2'),
    },
    offerRules,
    checklist: all<{ id: string; text: string }>(
      'select id, text from quality_checklist_items where active = 1 order by sort_order, text',
    ),
    samplePercent: setting(sqlite, 'quality.samplePercent'),
  };
}
