// The words of the figures: each section's title and definition, each figure's label, and the
// sentences beside a value ("3 contacts of 4 completed", "80% or more"). The arithmetic is
// shared/metrics'; the targets come from db/queries/targets.ts through the report context.
import { pct, plural } from './figure-parts';

const n = (count: number) => count.toLocaleString('en-GB');

export const FCR_WORDS = {
  title: 'First-contact resolution',
  definition:
    'Inbound contacts resolved at the first contact, over all completed inbound contacts (NeSDS standard 2). Outbound follow-ups, visitors who left unseen and abandoned calls are not counted. Verified: a resolved contact followed within 7 days by another from the same customer about the same service counts as not resolved.',
  recorded: 'Resolved at first contact (as recorded)',
  verified: 'Resolved at first contact (verified)',
  completed: 'Completed inbound contacts',
  outbound: 'Outbound follow-ups (not counted in FCR)',
  target: (share: number) => `${pct(share * 100)} or more`,
  resolvedOf: (resolved: number, completed: number) =>
    `${plural(resolved, 'contact')} of ${n(completed)} completed`,
  repeats: (repeats: number) =>
    `${plural(repeats, 'resolved contact')} followed by a repeat contact`,
};

export const WAIT_WORDS = {
  title: 'Face to face',
  definition: (limit: number) =>
    `Wait: from arrival, or the appointment time if later, to first being seen at a desk. The promise, to each visitor: seen within ${limit} minutes. The share seen within it is judged against the standard; the average and the 90th percentile describe the waits.`,
  seen: 'Visitors seen',
  waitingNow: (waiting: number) => `${plural(waiting, 'visitor')} waiting now`,
  within: (limit: number) => `Seen within ${limit} minutes`,
  withinOf: (within: number, seen: number) => `${plural(within, 'visitor')} of ${n(seen)} seen`,
  withinTarget: (sharePercent: number, limit: number) =>
    `${pct(sharePercent)} within ${limit} minutes`,
  average: 'Average wait',
  averageDetail: 'Of visitors seen; the promise is to each one, so this has no target',
  p90: '90th percentile wait',
  p90Detail: 'Nine in ten visitors seen were seen within this',
  longest: 'Longest wait',
  longestWas: {
    seen: null,
    left: 'A visitor who left before being seen',
    waiting: 'A visitor still waiting',
  },
  longestTarget: (limit: number) => `${limit} minutes or less`,
  left: 'Left without being seen',
  checkedIn: (visits: number) => `of ${plural(visits, 'visitor')} checked in`,
} as const;

/**
 * With neither the switch's records nor an answer time typed, no call is on file: how many
 * were answered, and how fast, is not known, and "0 calls answered" beside a morning of
 * telephone contacts would be a guess (issue 19, as abandoned calls).
 */
export const CALLS_NOT_KNOWN =
  'known once the switch’s records are imported, or advisers type answer times';

export const TELEPHONE_WORDS = {
  title: 'Telephone',
  definition:
    'Average speed of answer: mean seconds from the call reaching the queue to being answered, over answered calls. Abandoned calls (the caller hung up first) are shown beside it.',
  answered: 'Calls answered',
  asa: 'Average speed of answer',
  afterTarget: (late: number, target: number) =>
    `${plural(late, 'call')} waited over ${target} seconds`,
  asaTarget: (target: number) => `an average of ${target} seconds or less`,
  abandoned: 'Abandoned calls',
  abandonedOf: (share: number, offered: number) =>
    `${pct(share * 100)} of ${plural(offered, 'call')} that reached the queue`,
};

export const CORRESPONDENCE_WORDS = {
  title: 'Letters and emails',
  definition:
    'Received counts every letter and email recorded, on the work list or only as a contact. A full reply to a work-list item is due by the end of working day 10, the day of receipt being day 0. Answered and on-time count replies sent in the period; overdue counts those unanswered past their due date at its end.',
  received: 'Received',
  answered: 'Answered in full',
  within: 'Answered within the standard',
  withinOf: (within: number, answered: number) =>
    `${plural(within, 'reply', 'replies')} of ${n(answered)} by the due date`,
  withinTarget: (sharePercent: number) => `${pct(sharePercent)} within 10 working days`,
  overdue: 'Overdue',
  holding: 'Holding replies sent',
};

export const HAND_OFF_WORDS = {
  title: 'Hand-offs against their standards',
  definition:
    'Each hand-off counts once per threshold, on the day its result became certain: when resolved in time, or when the limit passed.',
  threshold: (standard: string, threshold: string) => `${standard}: ${threshold}`,
  inTime: (within: number, counted: number) =>
    `${plural(within, 'hand-off')} of ${n(counted)} in time`,
  target: (percent: number) => `${pct(percent)} or more`,
};

export const VOLUME_WORDS = {
  title: 'Volume',
  definition: 'Every contact recorded, inbound and outbound, on every channel (NeSDS standard 18).',
  contacts: 'Contacts recorded',
};

/** A count with no target ("none" is the target of counts that should be zero). */
export const NONE = 'none';
