// POST /enrol { code, name } -> { deskId, secret }: a desk's one trade of a code for its identity.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerDb } from '../db/connect';
import { enrolDesk } from './enrol';

const enrolBody = z.object({
  code: z.string().trim().min(1).max(64),
  /** How the desk is known in the council's list (e.g. "Town Hall reception 2"). */
  name: z.string().trim().min(1).max(100),
  /** What the joining PC holds: its council, or null for a new PC (./council-check.ts). */
  holds: z
    .object({
      councilId: z.string().min(1).max(100),
      councilName: z.string().min(1).max(200),
      sites: z
        .array(z.object({ id: z.string().min(1).max(100), name: z.string().max(200) }))
        .max(500),
    })
    .nullable()
    .optional(),
});

export function enrolmentRoutes(app: FastifyInstance, db: ServerDb): void {
  app.post('/enrol', async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    const body = enrolBody.safeParse(request.body);
    if (!body.success) {
      return reply
        .code(400)
        .send({ error: 'Send { code, name }: the enrolment code and a desk name.' });
    }
    const result = await enrolDesk(db, body.data.code, body.data.name, body.data.holds);
    if (!result.ok) return reply.code(401).send({ error: result.reason });
    // The secret leaves the server this once; only its hash is kept.
    return {
      deskId: result.deskId,
      secret: result.secret,
      siteId: result.siteId,
      siteCode: result.siteCode,
      issuingPoint: result.issuingPoint,
      serverEmpty: result.serverEmpty,
    };
  });
}
