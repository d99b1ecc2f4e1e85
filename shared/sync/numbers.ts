// Numbers that never collide across desks (issue 21): the series a reference is drawn from,
// and the letter of a desk's issuing point on its tickets. Shared by the desk that numbers
// records and the council server that leases the blocks.

/** Letters (correspondence), hand-offs and feedback: "C-2026-TH-000123". */
export const REFERENCE_KINDS = ['C', 'H', 'F'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** A series: a kind, a year and the site it was made at, e.g. `C-2026-TH`. */
export function seriesOf(kind: ReferenceKind, year: number, siteCode: string): string {
  return `${kind}-${year}-${siteCode}`;
}

/** What a site's name ends with that says only what kind of place it is. */
const KIND_WORDS = /\s+(one stop shop|contact centre|customer service centre|customer services)$/i;

/**
 * The short code a site's references carry: the initials of its name without the kind of
 * place ("Town Hall One Stop Shop" is TH, "Market Street One Stop Shop" MS), the first two
 * letters of a one-word name ("Riverside One Stop Shop" is RI), or the initials of the whole
 * name when that is all it is ("Contact Centre" is CC). Two sites may share a code: numbers
 * still never collide, since the server leases each series' blocks under one lock.
 */
export function siteCodeOf(name: string): string {
  const words = (text: string) => text.split(/[^A-Za-z]+/).filter(Boolean);
  let kept = words(name.trim().replace(KIND_WORDS, ''));
  if (kept.length === 0 || name.trim().match(KIND_WORDS)?.index === 0) kept = words(name);
  if (kept.length === 0) return 'X';
  if (kept.length === 1) return kept[0]!.slice(0, 2).toUpperCase();
  return kept
    .slice(0, 4)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** A reference from a series and a number: six digits, so text order is number order. */
export function referenceOf(series: string, number: number): string {
  return `${series}-${String(number).padStart(6, '0')}`;
}

/** The letter(s) of an issuing point: 1 is A, 26 is Z, 27 is AA. */
export function issuingLetter(point: number): string {
  let letters = '';
  for (let n = point; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Ticket numbers per issuing point: point 2's tickets are 2001, 2002, ... (shown as B001). */
export const TICKETS_PER_POINT = 1000;
