// The words a hand-off's clock is shown in: a symbol and words, never colour alone
// (WCAG 2.2 1.4.1), matching the correspondence work list's symbols.
import type { HandOffView } from '../../../../shared/api';
import type { ItemState } from '../../../../shared/time/standards';

export const CLOCK_WORDS: Record<ItemState, { symbol: string; words: string }> = {
  on_time: { symbol: '✓', words: 'On time' },
  due_soon: { symbol: '!', words: 'Due soon' },
  breached: { symbol: '✗', words: 'Overdue' },
  met: { symbol: '✓', words: 'Answered on time' },
  missed: { symbol: '✗', words: 'Answered late' },
};

/** "✓ On time", "✗ Overdue"; "No standard" when no standard times the hand-off. */
export function clockWords(clock: ItemState | null): string {
  if (!clock) return 'No standard';
  const { symbol, words } = CLOCK_WORDS[clock];
  return `${symbol} ${words}`;
}

export const ORIGIN_LABELS: Record<HandOffView['origin'], string> = {
  contact: 'A contact with the customer',
  change_of_address: 'A change of address',
};
