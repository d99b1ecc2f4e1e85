// POST /sync/push and GET /sync/pull, for enrolled desks only (Bearer <deskId>.<secret>), with
// the other requests of enrolled desks: leases, sign-in, staff, the queue's steps and the
// council-wide figures.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerDb } from '../db/connect';
import { authenticateDesk, type AuthenticatedDesk } from '../enrolment/desk-auth';
import { MAX_PULL_PAGE, pullChanges } from './pull';
import { applyPush } from './push';
import { VISIT_ACTIONS } from '../../shared/domain/visits';
import { claimCheckIn, claimStep } from '../queue/step-claims';
import { leaseNumbers, REFERENCE_KINDS } from './leases';
import { noteDeskSeen } from '../records/quiet-desks';
import type { RecordsDb } from '../records/report-db';
import { reportRoutes } from '../records/report-routes';
import { historyRoutes } from '../records/history-routes';
import { adoptStaffAccounts, checkSignIn } from './staff-accounts';
import { MAX_MUTATION_CHANGES, MAX_PUSH_BATCH, pushBody } from './push-schema';

declare module 'fastify' {
  interface FastifyRequest {
    desk?: AuthenticatedDesk;
  }
}

/** PostgreSQL's largest bigint: a larger cursor could never have been given out. */
const MAX_INT8 = 2n ** 63n - 1n;

const pullQuery = z.object({
  after: z
    .string()
    .regex(/^\d{1,19}$/, 'after is a cursor: a whole number of 0 or more')
    // zod runs this even when the pattern fails: only a number reaches BigInt.
    .refine((v) => !/^\d+$/.test(v) || BigInt(v) <= MAX_INT8, 'after is past any version')
    .default('0'),
  limit: z.coerce.number().int().min(1).default(MAX_PULL_PAGE),
});

const signInBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
});

const staffBody = z.object({
  staff: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        username: z.string().min(1).max(100),
        role: z.string().min(1).max(40),
        active: z.boolean(),
        hash: z
          .string()
          .max(400)
          .regex(/^scrypt\$/)
          .nullable(),
      }),
    )
    .max(10_000),
});

const stepBody = z.object({
  visitId: z.string().min(1).max(100),
  action: z.enum(VISIT_ACTIONS),
  serviceDeskId: z.string().min(1).max(100).optional(),
  serviceDeskName: z.string().min(1).max(200).optional(),
});

const checkInBody = z.object({ appointmentId: z.string().min(1).max(100) });

const leaseBody = z.object({
  kind: z.enum(REFERENCE_KINDS),
  year: z.number().int().min(2000).max(2100),
});

export function syncRoutes(app: FastifyInstance, db: ServerDb, records: RecordsDb): void {
  // Encapsulated: the hook guards these routes only, not /health, /ready or /enrol.
  void app.register((sync, _options, done) => {
    sync.addHook('onRequest', async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      const desk = await authenticateDesk(db, request.headers.authorization);
      if ('refused' in desk) return reply.code(401).send({ error: desk.refused });
      request.desk = desk;
    });

    // A large save alone (up to MAX_MUTATION_CHANGES rows, notes of up to 4,000 characters
    // each) is far more than Fastify's default 1 MiB.
    sync.post('/sync/push', { bodyLimit: 64 * 1024 * 1024 }, async (request, reply) => {
      const body = pushBody.safeParse(request.body);
      if (!body.success) {
        return reply.code(400).send({
          error: `Send { changes: [...] }: 1 to ${MAX_PUSH_BATCH} changes a batch, or one save's changes alone (up to ${MAX_MUTATION_CHANGES.toLocaleString('en-GB')}).`,
        });
      }
      const results = await db
        .transaction()
        .execute((tx) => applyPush(tx, request.desk!.id, body.data.changes));
      return { results };
    });

    // A block of reference numbers for this desk's site (issue 21, "numbers never collide").
    sync.post('/sync/lease', async (request, reply) => {
      const body = leaseBody.safeParse(request.body);
      if (!body.success) {
        return reply
          .code(400)
          .send({ error: 'Send { kind: "C" | "H" | "F", year }: the series to lease from.' });
      }
      return leaseNumbers(db, request.desk!, body.data.kind, body.data.year);
    });

    // Signing in online (issue 21): the desk asks whether a password is right; the answer
    // carries the person's hash, which the desk then keeps to check them offline too.
    sync.post('/sync/sign-in', async (request, reply) => {
      const body = signInBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'Send { username, password }.' });
      // The desk is who is authenticated here (401 is about the desk); whether the password
      // is right is the answer itself.
      const found = await checkSignIn(db, body.data.username, body.data.password);
      return found ? { match: true, ...found } : { match: false };
    });

    // A desk joining shares the accounts it holds (staff-accounts.ts, adoptStaffAccounts).
    sync.post('/sync/staff', async (request, reply) => {
      const body = staffBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'Send { staff: [...] }.' });
      return { adopted: await adoptStaffAccounts(db, request.desk!.id, body.data.staff) };
    });

    // Each step of a visit, decided here so two desks never call or serve the same visitor
    // and a step is taken only from where the visit stands now (issue 22).
    sync.post('/queue/step', async (request, reply) => {
      const body = stepBody.safeParse(request.body);
      if (!body.success) {
        return reply.code(400).send({
          error: `Send { visitId, action (one of ${VISIT_ACTIONS.join(', ')}), serviceDeskId?, serviceDeskName? }.`,
        });
      }
      return claimStep(db, { ...body.data, deskId: request.desk!.id });
    });

    // An appointment is checked in once, whichever reception PC does it.
    sync.post('/queue/check-in', async (request, reply) => {
      const body = checkInBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'Send { appointmentId }.' });
      return claimCheckIn(db, { ...body.data, deskId: request.desk!.id });
    });

    sync.get('/sync/pull', async (request, reply) => {
      const query = pullQuery.safeParse(request.query);
      if (!query.success) {
        return reply.code(400).send({ error: query.error.issues[0]!.message });
      }
      await noteDeskSeen(db, request.desk!.id);
      return pullChanges(db, BigInt(query.data.after), query.data.limit);
    });

    // Council-wide figures for a desk's team leader (issue 23).
    reportRoutes(sync, db, records);
    // A customer's history older than a desk keeps (issue 21's offline profile).
    historyRoutes(sync, db, records);
    done();
  });
}
