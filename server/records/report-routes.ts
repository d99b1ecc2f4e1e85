// Council-wide figures (issue 23): an enrolled desk asks on behalf of its signed-in team leader
// and the server answers from every desk's records, with the same report code a desk runs on
// its own copy (db/reports), on the reports' own read-only pool (./report-db.ts). The input is
// checked against the same contract as the desk's own methods; the member of staff must be a
// team leader or an administrator by the council's records. A report cut off by the statement
// timeout says so, and the desk shows its own copy instead, saying why.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { contract } from '../../shared/api';
import { ApiFailure } from '../../shared/api/errors';
import type { FiguresSource } from '../../shared/api/figures-source';
import { buildEvidence } from '../../db/reports/evidence';
import { qualityResults } from '../../db/reports/quality-results';
import { buildRecords } from '../../db/reports/records';
import { buildReport } from '../../db/reports/report';
import { surveyFigures } from '../../db/reports/survey-figures';
import type { ServerDb } from '../db/connect';
import { catchUpRecords } from './catch-up';
import { quietDesks } from './quiet-desks';
import type { RecordsDb } from './report-db';

/** The reports a desk may ask for, by the desk method each answers. */
export const COUNCIL_REPORTS = {
  'stats.report': (db: RecordsDb, input: never, now: Date) => buildReport(db, input, now),
  'stats.records': (db: RecordsDb, input: never, now: Date) => buildRecords(db, input, now),
  'nesds.evidence': (db: RecordsDb, input: never, now: Date) => buildEvidence(db, input, now),
  'surveys.figures': (db: RecordsDb, input: never) => surveyFigures(db, input),
  'quality.results': (db: RecordsDb, input: { from: string; to: string; siteId?: string }) =>
    qualityResults(db, { from: input.from, to: input.to, siteId: input.siteId ?? null }),
} as const;

export type CouncilReport = keyof typeof COUNCIL_REPORTS;

const body = z.object({
  report: z.enum(Object.keys(COUNCIL_REPORTS) as [CouncilReport, ...CouncilReport[]]),
  staffId: z.string().min(1).max(100),
  now: z.iso.datetime(),
  input: z.unknown(),
});

const LEADERS = ['team_leader', 'administrator'];

/** PostgreSQL's "canceling statement due to statement timeout". */
const TIMED_OUT = '57014';

async function mayReadFigures(records: RecordsDb, staffId: string): Promise<boolean> {
  const person = await records
    .selectFrom('staff')
    .select(['role', 'active'])
    .where('id', '=', staffId)
    .executeTakeFirst();
  return !!person && Number(person.active) === 1 && LEADERS.includes(person.role);
}

function refuse(reply: FastifyReply, status: number, error: string) {
  return reply.code(status).send({ error });
}

export function reportRoutes(app: FastifyInstance, db: ServerDb, records: RecordsDb): void {
  app.post('/reports', async (request, reply) => {
    const asked = body.safeParse(request.body);
    if (!asked.success) {
      return refuse(
        reply,
        400,
        `Send { report (one of ${Object.keys(COUNCIL_REPORTS).join(', ')}), staffId, now, input }.`,
      );
    }
    const { report, staffId, now, input } = asked.data;
    const parsed = contract[report].input.safeParse(input);
    if (!parsed.success) return refuse(reply, 400, parsed.error.issues[0]!.message);
    try {
      // Every change the server holds is in the records before they are counted.
      await catchUpRecords(db);
      if (!(await mayReadFigures(records, staffId))) {
        return refuse(reply, 403, 'Only team leaders and administrators see council-wide figures.');
      }
      const run = COUNCIL_REPORTS[report] as (
        db: RecordsDb,
        input: unknown,
        now: Date,
      ) => Promise<object>;
      const value = await run(records, parsed.data, new Date(now));
      const source: FiguresSource = {
        kind: 'council',
        // As at the desk's clock, as the figures themselves are.
        asOf: new Date(now).toISOString(),
        quietDesks: await quietDesks(db),
      };
      return { value: { ...value, source } };
    } catch (error) {
      if (error instanceof ApiFailure) return reply.code(400).send({ failure: error.toApiError() });
      if ((error as { code?: unknown }).code === TIMED_OUT) {
        return refuse(
          reply,
          503,
          'The council server stopped this report: it took longer than its time limit. Choose a shorter period, or try again when fewer reports are running.',
        );
      }
      throw error;
    }
  });
}
