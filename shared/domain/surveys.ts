// Exit surveys on a contact (NeSDS standard 17: satisfaction measured per transaction): a
// 1-5 rating, "could we reasonably have done more?" (standard 16, Excellent: customers feel
// staff could not reasonably have done more for them) and a comment. The adviser asks with
// the customer there, or sends it for the customer to answer later.

export const SURVEY_METHODS = ['asked', 'sent'] as const;
export type SurveyMethod = (typeof SURVEY_METHODS)[number];

/** How a survey went out to be answered later. */
export const SURVEY_VIAS = ['email', 'sms', 'letter', 'telephone'] as const;
export type SurveyVia = (typeof SURVEY_VIAS)[number];

/** The choice, as a list offers it. */
export const SURVEY_VIA_LABELS: Record<SurveyVia, string> = {
  email: 'Email',
  sms: 'Text message (SMS)',
  letter: 'Letter',
  telephone: 'Phone call later',
};

/** What happened, in a sentence: "Survey sent by email". */
export const SURVEY_SENT_WORDS: Record<SurveyVia, string> = {
  email: 'sent by email',
  sms: 'sent by text message',
  letter: 'sent by letter',
  telephone: 'to be asked by phone later',
};

export const DONE_MORE_ANSWERS = ['yes', 'no', 'not_sure'] as const;
export type DoneMoreAnswer = (typeof DONE_MORE_ANSWERS)[number];

export const DONE_MORE_LABELS: Record<DoneMoreAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  not_sure: 'Not sure',
};

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  1: 'Very dissatisfied',
  2: 'Dissatisfied',
  3: 'Neither satisfied nor dissatisfied',
  4: 'Satisfied',
  5: 'Very satisfied',
};
