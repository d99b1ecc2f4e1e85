// Hand-made activity for the stats tests: rows written straight into the test backend's
// SQLite file with the demo council's real ids, so each test states exactly what happened
// (a contact at 10:00, a visit seen after 12 minutes) and works out the figures by hand.
import { londonDateOf } from '../../shared/time/london';
import type { TestBackend } from './backend';

let counter = 0;
const nextId = (prefix: string) => {
  counter += 1;
  // A UUID-shaped id, as the API validates them.
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`.replace(/^0{8}/, prefix);
};

export interface StatsFixture {
  ids: {
    sites: Record<'contactCentre' | 'townHall', string>;
    staff: Record<'adviser' | 'adviser2' | 'teamleader', string>;
    services: Record<'councilTax' | 'benefits' | 'waste', string>;
    interactionType: string;
    citizen: string;
    benefitsDepartment: string;
  };
  customer(name: string): string;
  contact(row: {
    at: string;
    channel?: string;
    direction?: 'inbound' | 'outbound';
    outcome?: string;
    service?: 'councilTax' | 'benefits' | 'waste';
    customerId?: string | null;
    staff?: 'adviser' | 'adviser2' | 'teamleader';
    site?: 'contactCentre' | 'townHall';
  }): string;
  visit(row: {
    arrived: string;
    appointment?: string | null;
    firstSeen?: string | null;
    state?: string;
    staff?: 'adviser' | 'adviser2';
    /** When a visitor who left unseen was marked as left (else at arrival). */
    left?: string;
  }): string;
  call(row: { queued: string; answered?: string; abandoned?: string; staff?: 'adviser2' }): string;
  letter(row: {
    received: string;
    due: string;
    responded?: string | null;
    holding?: string[];
    channel?: string;
    customerId?: string | null;
    service?: 'councilTax' | 'benefits' | 'waste';
  }): string;
  handOff(row: { created: string; resolved?: string | null; standard: string }): string;
  standardId(name: string): string;
}

export function statsFixture(backend: TestBackend): StatsFixture {
  const sqlite = backend.opened.database!.sqlite;
  const one = (query: string, ...params: unknown[]) => {
    const row = sqlite.prepare(query).get(...params) as { id: string } | undefined;
    if (!row) throw new Error(`nothing for ${query} ${params.join()}`);
    return row.id;
  };
  const ids: StatsFixture['ids'] = {
    sites: {
      contactCentre: one("select id from sites where name = 'Contact Centre'"),
      townHall: one("select id from sites where name = 'Town Hall One Stop Shop'"),
    },
    staff: {
      adviser: one("select id from staff where username = 'adviser'"),
      adviser2: one("select id from staff where username = 'adviser2'"),
      teamleader: one("select id from staff where username = 'teamleader'"),
    },
    services: {
      councilTax: one("select id from services where name = 'Council Tax'"),
      benefits: one(
        "select id from services where name = 'Housing Benefit and Council Tax Reduction'",
      ),
      waste: one("select id from services where name like 'Bins%' or name like 'Waste%' limit 1"),
    },
    interactionType: one("select id from interaction_types where name = 'Providing information'"),
    citizen: one("select id from customer_types where name = 'Citizen'"),
    benefitsDepartment: one("select id from departments where name = 'Benefits'"),
  };
  const iso = (s: string) => new Date(s).toISOString();
  let ticket = 0;
  let reference = 0;
  return {
    ids,
    standardId: (name) => one('select id from service_standards where name = ?', name),
    customer(name) {
      const id = nextId('c0000000');
      sqlite
        .prepare(
          `insert into customers (id, kind, display_name, first_name, last_name, needs, created_at, updated_at)
           values (?, 'citizen', ?, ?, ?, '{}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
        )
        .run(id, name, name.split(' ')[0], name.split(' ').at(-1));
      return id;
    },
    contact(row) {
      const id = nextId('a0000000');
      const at = iso(row.at);
      const outcome = row.outcome ?? 'resolved';
      sqlite
        .prepare(
          `insert into contacts (id, channel, direction, service_id, interaction_type_id, customer_type_id,
             customer_id, outcome, department_id, partner_name, notes, started_at, ended_at, staff_id, site_id,
             recorded_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          row.channel ?? 'telephone',
          row.direction ?? 'inbound',
          ids.services[row.service ?? 'councilTax'],
          ids.interactionType,
          ids.citizen,
          row.customerId ?? null,
          outcome,
          outcome === 'handed_off' ? ids.benefitsDepartment : null,
          outcome === 'referred_to_partner' ? 'Citizens Advice' : null,
          at,
          at,
          ids.staff[row.staff ?? 'adviser2'],
          ids.sites[row.site ?? 'contactCentre'],
          at,
          at,
        );
      return id;
    },
    visit(row) {
      const id = nextId('b0000000');
      ticket += 1;
      const arrived = iso(row.arrived);
      const seen = row.firstSeen ? iso(row.firstSeen) : null;
      sqlite
        .prepare(
          `insert into visits (id, site_id, ticket, ticket_date, ticket_number, kind, appointment_at, arrived_at,
             service_id, first_service_id, needs, state, queue_since, first_seen_at, call_count, staff_id,
             closed_at, checked_in_by, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, 0, ?, ?, ?, ?)`,
        )
        .run(
          id,
          ids.sites.townHall,
          `A${String(ticket).padStart(3, '0')}`,
          londonDateOf(arrived),
          ticket,
          row.appointment ? 'appointment' : 'walk_in',
          row.appointment ? iso(row.appointment) : null,
          arrived,
          ids.services.councilTax,
          ids.services.councilTax,
          row.state ?? (seen ? 'done' : 'waiting'),
          arrived,
          seen,
          seen ? ids.staff[row.staff ?? 'adviser'] : null,
          row.state === 'left' || seen ? (seen ?? (row.left ? iso(row.left) : arrived)) : null,
          ids.staff.adviser,
          arrived,
        );
      return id;
    },
    call(row) {
      const id = nextId('d0000000');
      sqlite
        .prepare(
          `insert into calls (id, site_id, queued_at, answered_at, abandoned_at, staff_id, source, recorded_at)
           values (?, ?, ?, ?, ?, ?, 'import', ?)`,
        )
        .run(
          id,
          ids.sites.contactCentre,
          iso(row.queued),
          row.answered ? iso(row.answered) : null,
          row.abandoned ? iso(row.abandoned) : null,
          row.answered ? ids.staff[row.staff ?? 'adviser2'] : null,
          iso(row.queued),
        );
      return id;
    },
    letter(row) {
      const id = nextId('e0000000');
      reference += 1;
      const received = iso(row.received);
      sqlite
        .prepare(
          `insert into correspondence (id, reference, channel, received_at, received_date, site_id, service_id,
             customer_id, subject, reply_working_days, due_date, status, responded_at, responded_by, logged_by,
             logged_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, 'A question', 10, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          `C-2026-${String(reference).padStart(6, '0')}`,
          row.channel ?? 'email',
          received,
          londonDateOf(received),
          ids.sites.contactCentre,
          ids.services[row.service ?? 'councilTax'],
          row.customerId ?? null,
          row.due,
          row.responded ? 'closed' : 'open',
          row.responded ? iso(row.responded) : null,
          row.responded ? ids.staff.adviser2 : null,
          ids.staff.adviser2,
          received,
          received,
        );
      for (const sent of row.holding ?? []) {
        sqlite
          .prepare(
            `insert into holding_replies (id, correspondence_id, sent_at, reason, expected_date, sent_by)
             values (?, ?, ?, 'Waiting on Revenues', ?, ?)`,
          )
          .run(nextId('f0000000'), id, iso(sent), row.due, ids.staff.adviser2);
      }
      return id;
    },
    handOff(row) {
      const id = nextId('90000000');
      reference += 1;
      sqlite
        .prepare(
          `insert into hand_offs (id, reference, service_id, department_id, standard_id, subject, created_at,
             created_by, site_id, due_at, status, status_at, resolved_at, origin)
           values (?, ?, ?, ?, ?, 'A hand-off', ?, ?, ?, null, ?, ?, ?, 'contact')`,
        )
        .run(
          id,
          `H-2026-${String(reference).padStart(6, '0')}`,
          ids.services.benefits,
          ids.benefitsDepartment,
          row.standard,
          iso(row.created),
          ids.staff.adviser2,
          ids.sites.contactCentre,
          row.resolved ? 'resolved' : 'open',
          iso(row.resolved ?? row.created),
          row.resolved ? iso(row.resolved) : null,
        );
      return id;
    },
  };
}
