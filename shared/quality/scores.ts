// Quality scores (NeSDS standard 19: formal tools for measuring quality, constantly
// monitored). Each sampled contact is scored point by point against the council's checklist:
// met, not met, or not applicable. The definitions here are the only ones: the scoring
// screen, the results and the NeSDS evidence all use them.
import type { IsoDate } from '../time/london';

export const QUALITY_RESULTS = ['met', 'not_met', 'not_applicable'] as const;
export type QualityResult = (typeof QUALITY_RESULTS)[number];

export const QUALITY_RESULT_LABELS: Record<QualityResult, string> = {
  met: 'Met',
  not_met: 'Not met',
  not_applicable: 'Not applicable',
};

/**
 * A contact's score: the points met as a percentage of the points that applied,
 * met ÷ (met + not met) × 100. A point that did not apply (no identity check needed for a
 * general enquiry) neither helps nor hurts; with no point applying there is no score (null).
 */
export function contactScore(results: readonly QualityResult[]): number | null {
  let met = 0;
  let notMet = 0;
  for (const r of results) {
    if (r === 'met') met += 1;
    else if (r === 'not_met') notMet += 1;
  }
  return metShare(met, notMet);
}

/** met ÷ (met + not met) × 100, or null when no point applied: a contact's score and a point's rate. */
function metShare(met: number, notMet: number): number | null {
  return met + notMet === 0 ? null : (met / (met + notMet)) * 100;
}

/** A scored sample contact, as the results count it. */
export interface ScoredContact {
  contactId: string;
  /** The adviser of the stratum it was drawn from. */
  staffId: string;
  adviserName: string;
  /** The London date of the contact: results fall in the month the work was done. */
  contactDate: IsoDate;
  /** When it was scored (ISO instant); the latest scoring counts if it was sampled twice. */
  scoredAt: string;
  results: { checklistItemId: string; result: QualityResult }[];
}

/** How often one checklist point was met, over the contacts where it applied. */
export interface ChecklistItemRate {
  checklistItemId: string;
  met: number;
  notMet: number;
  notApplicable: number;
  /** met ÷ (met + not met) × 100; null where it never applied. */
  metRate: number | null;
}

/** One line of the results: an adviser (or the whole council) in a month (or the period). */
export interface QualityResultLine {
  /** Null on the council-wide lines. */
  staffId: string | null;
  adviserName: string | null;
  /** `YYYY-MM`; null on the line for the whole period. */
  month: string | null;
  contactsScored: number;
  /** Contacts with a score (at least one point applied): the average's denominator. */
  contactsWithScore: number;
  /** The mean of the contacts' scores, each contact counting once; null with none. */
  averageScore: number | null;
  /** Each checklist point, in the order given. */
  items: ChecklistItemRate[];
}

export interface QualityResultLines {
  byAdviser: QualityResultLine[];
  councilByMonth: QualityResultLine[];
  council: QualityResultLine;
}

function lineOf(
  contacts: readonly ScoredContact[],
  checklistOrder: readonly string[],
  who: { staffId: string | null; adviserName: string | null },
  month: string | null,
): QualityResultLine {
  // One pass over the contacts' results, tallying each point as it goes: a council's month is
  // thousands of scored contacts of a dozen points each, on every line.
  const tallies = new Map(checklistOrder.map((id) => [id, { met: 0, notMet: 0, all: 0 }]));
  const scores: number[] = [];
  for (const c of contacts) {
    const score = contactScore(c.results.map((r) => r.result));
    if (score !== null) scores.push(score);
    for (const { checklistItemId, result } of c.results) {
      const tally = tallies.get(checklistItemId);
      if (!tally) continue;
      tally.all += 1;
      if (result === 'met') tally.met += 1;
      else if (result === 'not_met') tally.notMet += 1;
    }
  }
  const items = checklistOrder.map((checklistItemId) => {
    const { met, notMet, all } = tallies.get(checklistItemId)!;
    return {
      checklistItemId,
      met,
      notMet,
      notApplicable: all - met - notMet,
      metRate: metShare(met, notMet),
    };
  });
  return {
    ...who,
    month,
    contactsScored: contacts.length,
    contactsWithScore: scores.length,
    averageScore: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    items,
  };
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Results per adviser per month, the council per month, and the council over the period.
 * A contact drawn into two samples counts once, by its latest scoring, so overlapping
 * samples do not weigh one contact double.
 */
export function qualityResultLines(
  scored: readonly ScoredContact[],
  checklistOrder: readonly string[],
): QualityResultLines {
  const latest = new Map<string, ScoredContact>();
  for (const c of scored) {
    const seen = latest.get(c.contactId);
    if (!seen || c.scoredAt > seen.scoredAt) latest.set(c.contactId, c);
  }
  const contacts = [...latest.values()];
  const monthOf = (c: ScoredContact) => c.contactDate.slice(0, 7);
  const byAdviser = [...groupBy(contacts, (c) => c.staffId).values()]
    .sort((a, b) => a[0]!.adviserName.localeCompare(b[0]!.adviserName, 'en-GB'))
    .flatMap((mine) =>
      [...groupBy(mine, monthOf).entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, list]) =>
          lineOf(
            list,
            checklistOrder,
            { staffId: mine[0]!.staffId, adviserName: mine[0]!.adviserName },
            month,
          ),
        ),
    );
  const council = { staffId: null, adviserName: null };
  const councilByMonth = [...groupBy(contacts, monthOf).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, list]) => lineOf(list, checklistOrder, council, month));
  return { byAdviser, councilByMonth, council: lineOf(contacts, checklistOrder, council, null) };
}
