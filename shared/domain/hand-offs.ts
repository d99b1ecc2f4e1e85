// Hand-offs to service departments (NeSDS standards 22 and 24) and the words the customer
// is given. Halton's charter promises the customer leaves knowing which department has
// their enquiry, at what stage, and by when; the summary says exactly that.
import { format, parseISO } from 'date-fns';

export const HAND_OFF_STATUSES = ['open', 'accepted', 'resolved', 'returned'] as const;
export type HandOffStatus = (typeof HAND_OFF_STATUSES)[number];

export const HAND_OFF_STATUS_LABELS: Record<HandOffStatus, string> = {
  open: 'Sent, not yet accepted',
  accepted: 'Accepted by the department',
  resolved: 'Resolved',
  returned: 'Returned to customer services',
};

/** What the customer is told about the stage their enquiry has reached. */
const STAGE_WORDS: Record<HandOffStatus, string> = {
  open: 'has been passed to',
  accepted: 'is being dealt with by',
  resolved: 'has been resolved by',
  returned: 'has come back to customer services from',
};

/** "Monday 30 November 2026": spelled out with date-fns so every machine words it alike
 * (Intl's en-GB data adds a comma after the weekday on some ICU versions). */
const longDate = (isoDate: string) => format(parseISO(isoDate), 'EEEE d MMMM yyyy');

export interface SummaryInput {
  subject: string;
  departmentName: string;
  status: HandOffStatus;
  /** The London date the answer is due by (end of that working day); null with no standard. */
  dueDate: string | null;
  reference: string;
  councilName?: string;
}

/** "Your enquiry about X has been passed to Y. You can expect a response by Z. ..." */
export function customerSummary(h: SummaryInput): string {
  const sentences = [
    `Your enquiry about ${h.subject} ${STAGE_WORDS[h.status]} ${h.departmentName}.`,
  ];
  if (h.status === 'open' || h.status === 'accepted') {
    sentences.push(
      h.dueDate
        ? `You can expect a response by ${longDate(h.dueDate)}.`
        : 'The department will contact you directly.',
    );
  }
  sentences.push(`Your reference is ${h.reference}; please quote it if you contact us.`);
  return sentences.join(' ');
}
