import { z } from 'zod';
import { customerNeedsSchema, type CustomerNeeds } from '../domain/needs';
import { VISIT_ACTIONS, type VisitState } from '../domain/visits';
import type { WaitFigures } from '../metrics/waits';
import type { StaffPresence } from '../domain/staff';
import type { IdentifierKind } from '../domain/customer-identifiers';
import { dateOfBirth, entityId, instant, isoDate, personName, text } from './common';
import { ukPostcode } from './customers';
import { method } from './define';

export interface WarningMarkerView {
  kind: string;
  reason: string;
  reviewDate: string;
}

export interface VisitView {
  id: string;
  ticket: string;
  kind: 'walk_in' | 'appointment';
  state: VisitState;
  serviceId: string;
  serviceName: string;
  customerId: string | null;
  customerName: string | null;
  needs: CustomerNeeds;
  /** Shown to anyone about to call the visitor (Jobcentre Plus / DWP SLA: warning markers). */
  warningMarkers: WarningMarkerView[];
  arrivedAt: string;
  appointmentAt: string | null;
  /** When the 10-minute clock started: arrival, or a later appointment time. */
  waitStartsAt: string;
  firstSeenAt: string | null;
  calledAt: string | null;
  callCount: number;
  deskId: string | null;
  deskName: string | null;
  staffName: string | null;
  /** Seconds waited so far (to first seen, or to the board's `now`). */
  waitSeconds: number;
}

export interface DeskView {
  id: string;
  name: string;
  isOpen: boolean;
  staffId: string | null;
  staffName: string | null;
  serviceIds: string[];
  /**
   * Open desks: whether the person it is open for is at their screen (signed in, unlocked,
   * not idle). Only a `present` desk counts as staffed (issue 19). Null when closed.
   */
  presence: StaffPresence | null;
  /** The visitor called to or being served at this desk. */
  current: VisitView | null;
}

export interface GroupedWaits {
  name: string;
  figures: WaitFigures;
}

export interface QueueBoard {
  now: string;
  site: { id: string; name: string };
  amberMinutes: number;
  limitMinutes: number;
  waiting: VisitView[];
  /** Called, being seen, or on hold. */
  active: VisitView[];
  desks: DeskView[];
  /** Open desks whose adviser is at their screen: the only ones the estimate counts. */
  staffedDesks: number;
  /** Minutes a visitor arriving now can expect to wait; null with no desk staffed. */
  estimatedWaitMinutes: number | null;
  today: WaitFigures & { byService: GroupedWaits[]; byDesk: GroupedWaits[] };
  recentCalls: NowCallingItem[];
}

/** Tickets only: names are not called out in a public waiting area. */
export interface NowCallingItem {
  ticket: string;
  deskName: string;
  calledAt: string;
}

export interface AppointmentView {
  id: string;
  serviceId: string;
  serviceName: string;
  startsAt: string;
  durationMinutes: number;
  customerName: string;
  customerId: string | null;
  status: 'booked' | 'checked_in' | 'cancelled';
  ticket: string | null;
}

export interface CustomerSummary {
  id: string;
  displayName: string;
  postcode: string | null;
  phone: string | null;
  needs: CustomerNeeds;
  hasWarningMarker: boolean;
  /**
   * From a search: the record holds exactly the reference, phone number, email address or
   * postcode typed. At most the records holding it are exact, and they come first (issue 19).
   * Absent outside a search.
   */
  exact?: boolean;
  /** From a search: the identifier matched, whole or in part; null for a match by name. */
  matchedOn?: IdentifierKind | null;
}

/** A record already held that looks like the customer about to be created. */
export interface PossibleDuplicate extends CustomerSummary {
  dateOfBirth: string | null;
  /** Why it looks like the same person: "same name and postcode", "same phone number". */
  reasons: string[];
}

const siteId = z.uuid({ error: 'Choose the site from the list.' }).optional();

export const queueContract = {
  'queue.board': method<QueueBoard>()(z.object({ siteId }).strict()),
  'queue.checkIn': method<VisitView>()(
    z
      .object({
        siteId,
        serviceId: entityId('the service'),
        appointmentId: entityId('the appointment').optional(),
        customerId: entityId('the customer').optional(),
        customerName: personName('The customer’s name', 120).optional(),
        needs: customerNeedsSchema.optional(),
      })
      .strict(),
  ),
  'queue.act': method<VisitView>()(
    z
      .object({
        visitId: entityId('the visitor'),
        action: z.enum(VISIT_ACTIONS, {
          error: 'That is not something a desk can do with a visit.',
        }),
        deskId: entityId('your desk').optional(),
        /** For `requeue`: the second service the visitor now waits for. */
        serviceId: entityId('the service').optional(),
      })
      .strict(),
  ),
  'queue.callNext': method<VisitView>()(z.object({ deskId: entityId('your desk') }).strict()),
  'queue.nowCalling': method<{ site: string; calls: NowCallingItem[] }>()(
    z.object({ siteId }).strict(),
  ),
  'desks.open': method<DeskView>()(
    z
      .object({
        siteId,
        name: text('The desk name', { max: 40, required: 'Give the desk a name, e.g. "Desk 1".' }),
        serviceIds: z.array(entityId('the service')).default([]),
      })
      .strict(),
  ),
  'desks.close': method<DeskView>()(z.object({ deskId: entityId('the desk') }).strict()),
  'appointments.book': method<AppointmentView>()(
    z
      .object({
        siteId,
        serviceId: entityId('the service'),
        startsAt: instant('The appointment time'),
        durationMinutes: z
          .number({ error: 'Give the length of the appointment in minutes.' })
          .int('Give the length of the appointment in whole minutes.')
          .min(5, 'An appointment lasts at least 5 minutes.')
          .max(240, 'An appointment lasts at most 4 hours.')
          .default(20),
        customerName: personName('The customer’s name', 120, 'Enter the customer’s name.'),
        customerId: entityId('the customer').optional(),
        needs: customerNeedsSchema.optional(),
        notes: text('The notes', { max: 1000, multiline: true }).default(''),
      })
      .strict(),
  ),
  'appointments.list': method<AppointmentView[]>()(
    z.object({ siteId, date: isoDate('The date') }).strict(),
  ),
  'appointments.cancel': method<AppointmentView>()(
    z.object({ appointmentId: entityId('the appointment') }).strict(),
  ),
  'customers.find': method<CustomerSummary[]>()(
    z
      .object({
        query: text('The search', {
          max: 100,
          min: 2,
          required: 'Type at least 2 letters or digits.',
        }),
      })
      .strict(),
  ),
  'customers.create': method<CustomerSummary>()(
    z
      .object({
        firstName: personName('The first name', 60, 'Enter the customer’s first name.'),
        lastName: personName('The last name', 60, 'Enter the customer’s last name.'),
        postcode: ukPostcode.optional(),
        phone: text('The phone number', { max: 30 }).optional(),
        email: z.email({ error: 'That is not an email address.' }).max(254).optional(),
        dateOfBirth: dateOfBirth().optional(),
        needs: customerNeedsSchema.optional(),
        /**
         * A record that looks like one already held (same name with the same date of birth
         * or postcode, same phone or same email) is refused with CONFLICT and the matches in
         * `possibleDuplicates`; the adviser confirms with `confirmNew: true` to make it anyway.
         */
        confirmNew: z.boolean().optional(),
      })
      .strict(),
  ),
};
