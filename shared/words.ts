// Counts in words, as every screen, report and refusal writes them: "14,493", "1 contact",
// "2 contacts". One home, so a figure never reads "1200 calls" on one screen and "1,200" on
// the next.

/** A count as the app writes it: "14,493". */
export function count(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "1 contact", "3 contacts", "2 visitors are" (with `many` given). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
