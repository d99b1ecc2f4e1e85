import type { z } from 'zod';
import type { Role } from '../domain/staff';

/**
 * Who may call a method: `public` needs no session (sign-in itself); `session` needs a
 * signed-in, unlocked session; `locked-ok` works on a locked session too (unlock, sign-out).
 * `roles` narrows `session` methods to staff with one of those roles.
 */
export type Access = 'public' | 'session' | 'locked-ok';

/** Team leaders and administrators: the figures, reports and quality work. */
export const LEADERS = ['team_leader', 'administrator'] as const;

/**
 * The only signed-in methods the waiting-area display role may call: the now-calling board,
 * the council's lists the screen is drawn with, and its own session. It shows tickets in a
 * public place, so it reads no queue, names or markers (go-live issue, item 2).
 */
export const DISPLAY_METHODS: readonly string[] = [
  'queue.nowCalling',
  'reference.list',
  'auth.heartbeat',
  'auth.changePassword',
];

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly access: Access;
  readonly roles?: readonly Role[];
  /** Carries the output type only; never set at run time. */
  readonly output?: O;
}

/** `method<Output>()(inputSchema, access)`: the output type is given, the input inferred. */
export function method<O>() {
  return <I extends z.ZodType>(
    input: I,
    access: Access = 'session',
    roles?: readonly Role[],
  ): MethodSpec<I, O> => (roles ? { input, access, roles } : { input, access });
}

/** Joins domain method maps, refusing a method name defined twice. */
export function combineContracts<T extends Record<string, MethodSpec>[]>(
  ...parts: T
): UnionToIntersection<T[number]> {
  const all: Record<string, MethodSpec> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (!/^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/.test(name)) {
        throw new Error(`API method "${name}" must read domain.verb`);
      }
      if (name in all) throw new Error(`API method "${name}" is defined twice`);
      all[name] = spec;
    }
  }
  return all as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
