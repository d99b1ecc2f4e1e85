import { z } from 'zod';
import type { ReplyState } from '../metrics/correspondence';
import type { ChangeLogEntry } from './contacts';
import { entityId, instant, isoDate, personName, text } from './common';
import { method } from './define';
import { CORRESPONDENCE_CHANNELS, type CorrespondenceChannel } from '../domain/channels';

export { CORRESPONDENCE_CHANNELS, type CorrespondenceChannel };

export type { ReplyState };

export interface HoldingReplyView {
  sentAt: string;
  reason: string;
  expectedDate: string;
  sentByName: string;
}

export interface CorrespondenceItem {
  id: string;
  reference: string;
  channel: CorrespondenceChannel;
  receivedAt: string;
  receivedDate: string;
  serviceId: string;
  serviceName: string;
  subject: string;
  customerId: string | null;
  customerName: string | null;
  senderAddress: string | null;
  senderReference: string | null;
  replyWorkingDays: number;
  dueDate: string;
  ackDueDate: string | null;
  acknowledgedAt: string | null;
  assignedToId: string | null;
  assignedToName: string | null;
  /** The assignee's team, who may work the item too (access-rules.ts). */
  assignedTeam: string | null;
  departmentId: string | null;
  departmentName: string | null;
  redirectContact: string | null;
  customerToldAt: string | null;
  status: 'open' | 'closed';
  respondedAt: string | null;
  responseChannel: string | null;
  respondedByName: string | null;
  reopenReason: string | null;
  /** Working days from today to the due date: positive left, 0 due today, negative over. */
  workingDaysLeft: number;
  state: ReplyState;
  holdingReplies: HoldingReplyView[];
}

export const WORK_LIST_VIEWS = [
  'all',
  'mine',
  'my_team',
  'overdue',
  'due_today',
  'due_within_2',
  'closed',
] as const;
export type WorkListView = (typeof WORK_LIST_VIEWS)[number];

export interface WorkList {
  today: string;
  counts: Record<Exclude<WorkListView, 'closed'>, number>;
  items: CorrespondenceItem[];
}

export interface CorrespondenceFigures {
  from: string;
  to: string;
  received: number;
  closed: number;
  answeredWithinStandard: number;
  /** answeredWithinStandard / closed; null when nothing was answered. */
  shareWithinStandard: number | null;
  averageWorkingDaysToRespond: number | null;
  overdueNow: number;
  holdingRepliesSent: number;
  redirectsByDepartment: { departmentName: string; count: number }[];
}

const itemId = entityId('the item');

export const correspondenceContract = {
  'correspondence.log': method<CorrespondenceItem>()(
    z
      .object({
        channel: z.enum(CORRESPONDENCE_CHANNELS, {
          error: 'Choose how it came in: email, web form, SMS, letter or fax.',
        }),
        /** When it reached the council: for post opened later, the date it was received. */
        receivedAt: instant('The date and time received'),
        /** The adviser confirms a date more than the council's set days back. */
        confirmOld: z.boolean({ error: 'Say yes or no to the date being right.' }).default(false),
        serviceId: entityId('the service'),
        subject: text('The subject', { max: 200, required: 'Enter what it is about.' }),
        customerId: itemId.optional(),
        senderAddress: text('The sender’s address', { max: 200, multiline: true }).optional(),
        senderReference: text('The sender’s reference', { max: 60 }).optional(),
      })
      .strict()
      .refine((v) => v.customerId || v.senderAddress, {
        path: ['senderAddress'],
        message: 'Link the customer, or give the address it came from for an unknown sender.',
      }),
  ),
  'correspondence.list': method<WorkList>()(
    z
      .object({
        view: z.enum(WORK_LIST_VIEWS).default('all'),
        serviceId: entityId('the service').optional(),
        departmentId: entityId('the department').optional(),
      })
      .strict(),
  ),
  'correspondence.get': method<CorrespondenceItem>()(z.object({ id: itemId }).strict()),
  'correspondence.assign': method<CorrespondenceItem>()(
    z.object({ id: itemId, staffId: entityId('the adviser') }).strict(),
  ),
  'correspondence.acknowledge': method<CorrespondenceItem>()(
    z.object({ id: itemId, at: instant('The acknowledgement time') }).strict(),
  ),
  'correspondence.redirect': method<CorrespondenceItem>()(
    z
      .object({
        id: itemId,
        departmentId: entityId('the department'),
        contactName: personName(
          'The contact’s name',
          120,
          'Name the contact in the department who has it.',
        ),
        customerToldOn: isoDate('The date the customer was told'),
      })
      .strict(),
  ),
  'correspondence.holdingReply': method<CorrespondenceItem>()(
    z
      .object({
        id: itemId,
        sentOn: isoDate('The date the holding reply was sent'),
        reason: text('The reason', {
          max: 500,
          multiline: true,
          required: 'Say why a full reply is not possible yet.',
        }),
        expectedDate: isoDate('The date the customer can now expect a full reply').optional(),
      })
      .strict()
      .refine((v) => v.expectedDate, {
        path: ['expectedDate'],
        message: 'Give the date the customer can now expect a full reply.',
      }),
  ),
  'correspondence.respond': method<CorrespondenceItem>()(
    z
      .object({
        id: itemId,
        respondedAt: instant('The date of the full response'),
        channel: z.enum(['email', 'letter', 'telephone', 'face_to_face', 'sms'], {
          error: 'Choose how the full response was sent.',
        }),
        respondedBy: entityId('who responded').optional(),
      })
      .strict(),
  ),
  'correspondence.reopen': method<CorrespondenceItem>()(
    z
      .object({
        id: itemId,
        reason: text('The reason', {
          max: 500,
          multiline: true,
          required: 'Say why the item is being reopened.',
        }),
      })
      .strict(),
  ),
  'correspondence.figures': method<CorrespondenceFigures>()(
    z
      .object({
        from: isoDate('The first day'),
        to: isoDate('The last day'),
        siteId: entityId('the site').optional(),
        serviceId: entityId('the service').optional(),
      })
      .strict()
      .refine((v) => v.from <= v.to, {
        path: ['to'],
        message: 'The last day is before the first day.',
      }),
  ),
  'correspondence.history': method<ChangeLogEntry[]>()(z.object({ id: itemId }).strict()),
  'staff.list': method<{ id: string; displayName: string; team: string | null; role: string }[]>()(
    z.object({}).strict(),
  ),
};
