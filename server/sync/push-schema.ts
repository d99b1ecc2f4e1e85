// The shape of a push, checked change by change: a malformed change is refused with a reason
// while the rest of its batch still applies (push.ts), so one bad row never blocks a desk.
import { z } from 'zod';

/** A desk sends its outbox in batches of at most this many changes. */
export const MAX_PUSH_BATCH = 500;

export const pushBody = z.object({
  changes: z.array(z.unknown()).min(1).max(MAX_PUSH_BATCH),
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
  })
  .refine((c) => c.op === 'delete' || c.data != null, {
    message: 'a create or an update carries the fields it sets (data)',
    path: ['data'],
  });

export type PushChange = z.infer<typeof pushChange>;

/** The reason a change does not parse, in words a sync problems list can show. */
export function malformed(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `Malformed change: ${where}${issue.message}`;
}
