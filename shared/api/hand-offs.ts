import { z } from 'zod';
import type { HandOffStatus } from '../domain/hand-offs';
import type { ItemState } from '../time/standards';
import { entityId, text } from './common';
import { method } from './define';

export interface HandOffView {
  id: string;
  reference: string;
  contactId: string | null;
  customerId: string | null;
  customerName: string | null;
  serviceName: string;
  departmentId: string;
  departmentName: string;
  subject: string;
  details: string;
  namedContact: string | null;
  escalationContact: string | null;
  standardName: string | null;
  createdAt: string;
  createdByName: string;
  /** Whose it is to follow up: the one who made it, and their team (access-rules.ts). */
  createdById: string;
  createdByTeam: string | null;
  /** When the department's answer is due, and that London date; null with no standard. */
  dueAt: string | null;
  dueDate: string | null;
  status: HandOffStatus;
  statusAt: string;
  statusNote: string | null;
  /** The clock against the standard: on time, due soon, breached, met or missed. */
  clock: ItemState | null;
  /** "Escalate to …" once due soon or breached while still with the department. */
  escalation: string | null;
  /** What the customer is told, to read out, print or copy into an email. */
  summary: string;
  origin: 'contact' | 'change_of_address';
}

export interface HandOffStandardOption {
  id: string;
  name: string;
}

const handOffId = entityId('the hand-off');

export const handOffsContract = {
  /** Hand off from a contact: the department, its named contact and escalation point. */
  'handOffs.create': method<HandOffView>()(
    z
      .object({
        contactId: entityId('the contact'),
        departmentId: entityId('the department'),
        subject: text('What it is about', {
          max: 200,
          min: 3,
          required: 'Say what the enquiry is about.',
        }),
        details: text('The details', { max: 4000, multiline: true }).default(''),
        standardId: entityId('the standard').optional(),
        namedContact: text('The named contact', { max: 120 }).optional(),
        escalationContact: text('The escalation contact', { max: 120 }).optional(),
      })
      .strict(),
  ),
  'handOffs.get': method<HandOffView>()(z.object({ id: handOffId }).strict()),
  'handOffs.list': method<HandOffView[]>()(
    z
      .object({
        view: z.enum(['open', 'escalate', 'all']).default('open'),
        departmentId: entityId('the department').optional(),
      })
      .strict(),
  ),
  /** The department's answer: accepted, resolved, or returned with the reason. */
  'handOffs.setStatus': method<HandOffView>()(
    z
      .object({
        id: handOffId,
        status: z.enum(['accepted', 'resolved', 'returned'], {
          error: 'Choose accepted, resolved or returned.',
        }),
        note: text('The note', { max: 1000, multiline: true }).default(''),
      })
      .strict()
      .refine((v) => v.status !== 'returned' || v.note.length >= 3, {
        path: ['note'],
        message: 'Say why the department returned it.',
      }),
  ),
  'handOffs.standards': method<HandOffStandardOption[]>()(z.object({}).strict()),
};
