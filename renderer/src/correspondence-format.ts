import type { CorrespondenceItem, ReplyState } from '../../shared/api';
import { formatDay } from './format';

export const CORRESPONDENCE_CHANNEL_LABELS = {
  email: 'Email',
  web_form: 'Web form',
  sms: 'SMS',
  letter: 'Letter',
  fax: 'Fax',
} as const;

export const STATE_WORDS: Record<ReplyState, { symbol: string; words: string }> = {
  on_time: { symbol: '✓', words: 'On time' },
  due_soon: { symbol: '!', words: 'Due soon' },
  due_today: { symbol: '!', words: 'Due today' },
  overdue: { symbol: '✗', words: 'Overdue' },
  answered_on_time: { symbol: '✓', words: 'Answered on time' },
  answered_late: { symbol: '✗', words: 'Answered late' },
};

/** "3 working days left", "due today", "2 working days over". */
export function daysLeftWords(item: CorrespondenceItem): string {
  const n = item.workingDaysLeft;
  const days = `${Math.abs(n)} working day${Math.abs(n) === 1 ? '' : 's'}`;
  if (item.status === 'closed') {
    if (n === 0) return 'answered on the due date';
    return n > 0 ? `answered ${days} before the due date` : `answered ${days} after the due date`;
  }
  if (n === 0) return 'Due today';
  return n > 0 ? `${days} left` : `${days} over`;
}

/** "Friday 8 January 2027" for a due date. */
export function formatDue(date: string): string {
  return formatDay(date);
}
