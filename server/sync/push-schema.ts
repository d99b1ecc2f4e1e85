// The shape of a push, checked change by change: a malformed change is refused with a reason
// while the rest of its batch still applies (push.ts), so one bad row never blocks a desk.
import { z } from 'zod';

import { MAX_MUTATION_CHANGES, MAX_PUSH_BATCH } from '../../shared/sync/limits';

export { MAX_MUTATION_CHANGES, MAX_PUSH_BATCH };

const mutationIdOf = (change: unknown) => (change as { mutationId?: unknown } | null)?.mutationId;

/** Up to a batch of changes, or one save's changes alone however many (to its own limit). */
export const pushBody = z.object({
  changes: z
    .array(z.unknown())
    .min(1)
    .max(MAX_MUTATION_CHANGES)
    .refine(
      (changes) =>
        changes.length <= MAX_PUSH_BATCH ||
        changes.every((c) => mutationIdOf(c) === mutationIdOf(changes[0])),
    ),
});

const text = (max: number) => z.string().trim().min(1).max(max);

export const pushChange = z
  .object({
    mutationId: z.uuid(),
    /** Wall time, counter and desk id, written so that text order is time order. */
    hlc: text(100),
    staffId: text(100),
    entity: text(100),
    entityId: text(200),
    op: z.enum(['create', 'update', 'delete']),
    /** The fields the change set; none for a delete (it stays as a tombstone). */
    data: z.record(z.string(), z.unknown()).nullish(),
    /** A staff change that set a password: its hash, kept apart from the change (verifiers.ts). */
    verifier: z
      .string()
      .max(400)
      .regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
      .optional(),
  })
  .refine((c) => c.op === 'delete' || c.data != null, {
    message: 'a create or an update carries the fields it sets (data)',
    path: ['data'],
  })
  .refine((c) => c.verifier === undefined || c.entity === 'staff', {
    message: 'only a staff change carries a password hash',
    path: ['verifier'],
  });

export type PushChange = z.infer<typeof pushChange>;

/** The reason a change does not parse, in words a sync problems list can show. */
export function malformed(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `Malformed change: ${where}${issue.message}`;
}
