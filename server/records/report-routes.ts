// Council-wide figures (issue 23): an enrolled desk asks on behalf of its signed-in team leader
// and the server answers from every desk's records, with the same report code a desk runs on
// its own copy (db/reports), in the server's reports thread on the reports' own read-only pool
// (./report-worker.ts, ./report-db.ts). The input is checked against the same contract as the
// desk's own methods; the member of staff must be a team leader or an administrator by the
// council's records. A report cut off by the statement timeout says so, and the desk shows its
// own copy instead, saying why.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { contract } from '../../shared/api';
import { ApiFailure } from '../../shared/api/errors';
import type { FiguresSource } from '../../shared/api/figures-source';
import type { ServerDb } from '../db/connect';
import { catchUpRecords } from './catch-up';
import { COUNCIL_REPORTS, type CouncilReport } from './council-reports';
import { quietDesks } from './quiet-desks';
import { recordsSettingsOf, type RecordsDb } from './report-db';
import { CouncilReportRunner } from './report-runner';
import { REPORT_TIMED_OUT, timedOut } from './report-messages';

const body = z.object({
  report: z.enum(Object.keys(COUNCIL_REPORTS) as [CouncilReport, ...CouncilReport[]]),
  staffId: z.string().min(1).max(100),
  now: z.iso.datetime(),
  input: z.unknown(),
});

const LEADERS = ['team_leader', 'administrator'];

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
  const settings = recordsSettingsOf(records);
  if (!settings) throw new Error('Give the server a reports pool made by connectRecords.');
  const reports = new CouncilReportRunner(settings);
  app.addHook('onClose', () => reports.close());
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
      const value = await reports.run(report, parsed.data, new Date(now));
      const source: FiguresSource = {
        kind: 'council',
        // As at the desk's clock, as the figures themselves are.
        asOf: new Date(now).toISOString(),
        quietDesks: await quietDesks(db),
      };
      return { value: { ...value, source } };
    } catch (error) {
      // Stopped at the time limit: in the reports thread, or checking who asks.
      if (timedOut(error)) return refuse(reply, 503, REPORT_TIMED_OUT);
      // A rule's own words go back to the desk; anything else is the server's fault (500).
      if (error instanceof ApiFailure && error.code !== 'INTERNAL')
        return reply.code(400).send({ failure: error.toApiError() });
      throw error;
    }
  });
}
