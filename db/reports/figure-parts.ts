// The small pieces every section of the figures is made with (figures.ts, wait-figures.ts).
import type { Figure } from '../../shared/api/stats';

export { plural } from '../../shared/words';
export const pct = (n: number) => `${Math.round(n)}%`;

export function figure(
  f: Omit<Figure, 'previous' | 'detail' | 'target' | 'met' | 'notKnownWhy'> & Partial<Figure>,
): Figure {
  return { detail: null, target: null, met: null, previous: null, notKnownWhy: null, ...f };
}
