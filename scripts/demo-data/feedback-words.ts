// What customers and staff write in the demo's surveys, complaints, compliments, comments and
// quality checks: short, plain lines of the kind a council's records hold, a few of each so
// the lists read as real ones rather than one sentence repeated.
import type { StageOutcome } from '../../shared/domain/feedback';

/** Exit survey comments, by how the customer rated the contact. */
export const SURVEY_COMMENTS = {
  good: [
    'The adviser was really helpful and patient.',
    'Sorted out in one go, thank you.',
    'Quick and friendly service.',
    'Clear explanation of what happens next.',
    'Much easier than I expected.',
    'Staff were polite and knew what they were talking about.',
  ],
  middling: [
    'Fine, but I waited a while first.',
    'Got there in the end.',
    'It would be easier if I could do this online.',
    'Helpful, but I still have to wait for the department.',
  ],
  poor: [
    'I was passed between departments.',
    'Still waiting for the callback I was promised.',
    'Waited too long on the phone.',
    'Nobody could tell me when it would be sorted.',
    'I had to explain everything again.',
  ],
};

/** What a complaint is about, after the contact's topic ("Missed bin collection: ..."). */
export const COMPLAINT_SUMMARIES = [
  'not called back when promised',
  'waited too long for a reply',
  'given the wrong information',
  'the service was not delivered as agreed',
  'staff were unhelpful',
  'had to chase several times',
  'thinks the decision was unfair',
];

export const COMPLIMENT_SUMMARIES = [
  'thanks the adviser for sorting it out quickly',
  'praises the staff for being patient and helpful',
  'pleased with how quickly the department acted',
  'thanks the team for clear advice',
];

export const COMMENT_SUMMARIES = [
  'suggests opening on Saturday mornings',
  'would like to do this online',
  'finds the letters hard to understand',
  'asks for more parking at the One Stop Shop',
  'suggests a text reminder before appointments',
];

export const STAGE_RESPONSES: Record<StageOutcome, string[]> = {
  upheld: [
    'Apologised, put it right and reminded the team of the procedure.',
    'Apology given; the service has been put right.',
  ],
  partly_upheld: [
    'Apologised for the delay; the decision itself was correct.',
    'Partly upheld: explained what will change.',
  ],
  not_upheld: [
    'The decision was correct under the policy; explained why and how to escalate.',
    'Investigated: the service was delivered as agreed.',
  ],
};

export const ESCALATION_REASONS = [
  'The customer is not satisfied with the stage 1 reply.',
  'The customer says the problem has happened again.',
  'The customer disputes the findings.',
];

/** A team leader's note on a sampled contact that missed a point. */
export const QUALITY_COMMENTS = [
  'Discussed at one-to-one.',
  'Notes too brief to follow the enquiry.',
  'Did not confirm the next steps with the customer.',
  'Good call otherwise.',
];
