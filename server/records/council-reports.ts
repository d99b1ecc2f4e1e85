// The reports a desk may ask the council server for (issue 23), by the desk method each
// answers: the same report code a desk runs on its own copy (db/reports), run by the server's
// reports thread (./report-worker.ts) on the council's records. `helper` is that thread's
// helper, for the reports that hand parts to one.
import { buildEvidence } from '../../db/reports/evidence';
import type { ReportParts } from '../../db/reports/parts';
import { qualityResults } from '../../db/reports/quality-results';
import { buildRecords } from '../../db/reports/records';
import { buildReport } from '../../db/reports/report';
import { surveyFigures } from '../../db/reports/survey-figures';
import type { RecordsDb } from './report-db';

export const COUNCIL_REPORTS = {
  'stats.report': (db: RecordsDb, input: never, now: Date, helper?: ReportParts) =>
    buildReport(db, input, now, helper),
  'stats.records': (db: RecordsDb, input: never, now: Date) => buildRecords(db, input, now),
  'nesds.evidence': (db: RecordsDb, input: never, now: Date, helper?: ReportParts) =>
    buildEvidence(db, input, now, helper),
  'surveys.figures': (db: RecordsDb, input: never) => surveyFigures(db, input),
  'quality.results': (db: RecordsDb, input: { from: string; to: string; siteId?: string }) =>
    qualityResults(db, { from: input.from, to: input.to, siteId: input.siteId ?? null }),
} as const;

export type CouncilReport = keyof typeof COUNCIL_REPORTS;
