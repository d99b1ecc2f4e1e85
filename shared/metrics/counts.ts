// The two count-level rules every figure is built from, written once: a share of a count, and
// whether a wait, an answer or a reply time is within its limit. db/engine/sqlite.ts holds the
// SQL twin of `withinLimit` (tested against it in db/engine/sqlite.test.ts).

/** `part` of `whole` as a share (0-1); null when there is nothing to measure. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * Whether an amount (seconds waited, seconds to answer) is within its limit, given in the same
 * unit. The limit itself is within it: "seen within 10 minutes" keeps a visitor seen at exactly
 * 600 seconds (Halton standards, "If you call at one of our offices"), and a call answered in
 * exactly 30 seconds did not wait over 30.
 */
export function withinLimit(amount: number, limit: number): boolean {
  return amount <= limit;
}
