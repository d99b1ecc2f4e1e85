// A period's complaints, compliments and comments by service (NeSDS standards 7 and 20: one
// point for complaints, with published statistics): how many of each, stage replies on time,
// escalations and the ombudsman. Used by the Complaints screen and the NeSDS evidence report.
import type { FeedbackFigures, FeedbackServiceFigures } from '../../shared/api/index';
import { ApiFailure } from '../../shared/api/errors';
import { londonDayBounds } from '../../shared/time/london';
import { stagesOfFeedbackReceivedIn } from '../queries/feedback/feedback';
import type { Db } from '../write';
import { FOR_COUNTING, feedbackViews } from './feedback-views';

const emptyFigures = (serviceName: string): FeedbackServiceFigures => ({
  serviceName,
  complaints: 0,
  compliments: 0,
  comments: 0,
  stage1Answered: 0,
  stage1OnTime: 0,
  stage2: 0,
  stage2Answered: 0,
  stage2OnTime: 0,
  ombudsman: 0,
  upheld: 0,
});

export async function feedbackFigures(
  db: Db,
  now: Date,
  input: { from: string; to: string },
): Promise<FeedbackFigures> {
  if (input.to < input.from) {
    throw new ApiFailure('VALIDATION', 'The last day is before the first.', {
      to: 'The last day is before the first.',
    });
  }
  const from = londonDayBounds(input.from).start.toISOString();
  const to = londonDayBounds(input.to).end.toISOString();
  // Every item counts: the figures are the leaders' (COMPLAINT_OFFICERS) and name nobody.
  const items = await feedbackViews(db, now, FOR_COUNTING, { received: { from, to } });
  const stageRows = await stagesOfFeedbackReceivedIn(db, from, to);
  const byService = new Map<string, FeedbackServiceFigures>();
  const total = emptyFigures('All services');
  const serviceOf = new Map(items.map((i) => [i.id, i.serviceName]));
  const add = (serviceName: string, f: (row: FeedbackServiceFigures) => void) => {
    if (!byService.has(serviceName)) byService.set(serviceName, emptyFigures(serviceName));
    f(byService.get(serviceName)!);
    f(total);
  };
  for (const item of items) {
    add(item.serviceName, (row) => {
      if (item.kind === 'complaint') row.complaints += 1;
      else if (item.kind === 'compliment') row.compliments += 1;
      else row.comments += 1;
    });
    const answered = [...item.stages].reverse().find((s) => s.respondedAt && s.outcome);
    if (answered && (answered.outcome === 'upheld' || answered.outcome === 'partly_upheld'))
      add(item.serviceName, (row) => (row.upheld += 1));
  }
  for (const s of stageRows) {
    const onTime = s.responded_at !== null && s.due_at !== null && s.responded_at <= s.due_at;
    add(serviceOf.get(s.feedback_id)!, (row) => {
      if (s.stage === 'stage_1' && s.responded_at) {
        row.stage1Answered += 1;
        if (onTime) row.stage1OnTime += 1;
      } else if (s.stage === 'stage_2') {
        row.stage2 += 1;
        if (s.responded_at) row.stage2Answered += 1;
        if (onTime) row.stage2OnTime += 1;
      } else if (s.stage === 'ombudsman') row.ombudsman += 1;
    });
  }
  return {
    from: input.from,
    to: input.to,
    byService: [...byService.values()].sort((a, b) => a.serviceName.localeCompare(b.serviceName)),
    total,
  };
}
