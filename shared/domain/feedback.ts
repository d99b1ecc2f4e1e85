// Complaints, compliments and comments through one point (NeSDS standards 7 and 20). A
// complaint moves from stage 1 to stage 2 under the council's procedure, each stage with
// its own standard, and the customer may then take it to the Local Government and Social
// Care Ombudsman, whose timescale is not the council's.
export const FEEDBACK_KINDS = ['complaint', 'compliment', 'comment'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  complaint: 'Complaint',
  compliment: 'Compliment',
  comment: 'Comment',
};

export const COMPLAINT_STAGES = ['stage_1', 'stage_2', 'ombudsman'] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];

export const COMPLAINT_STAGE_LABELS: Record<ComplaintStage, string> = {
  stage_1: 'Stage 1',
  stage_2: 'Stage 2',
  ombudsman: 'Ombudsman',
};

/** The stage a complaint goes to when the customer is not satisfied; none after the ombudsman. */
export const NEXT_STAGE: Record<ComplaintStage, ComplaintStage | null> = {
  stage_1: 'stage_2',
  stage_2: 'ombudsman',
  ombudsman: null,
};

export const STAGE_OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];

export const STAGE_OUTCOME_LABELS: Record<StageOutcome | 'escalated', string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
  escalated: 'Escalated before a reply',
};
