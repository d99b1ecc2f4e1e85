/**
 * "Choose an active X": what a pick-list offers of a list whose items are retired (or
 * switched off) rather than deleted. The back end refuses a retired item all the same
 * (requireActive); the screens offer only those it would accept.
 */
export function activeOnly<T extends { active: boolean }>(items: readonly T[]): T[] {
  return items.filter((item) => item.active);
}
