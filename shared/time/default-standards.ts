// The standards a new council starts with, from the source documents; every one can be
// edited in settings. The sources are described, not named: a council's own charter, complaints
// procedure and staff guide take their place (no other council's name in a new council's
// settings), while the national and partner agreements keep their names.
import type { ServiceStandard } from './standards';

export const DEFAULT_STANDARDS: ServiceStandard[] = [
  {
    name: 'See visitors within 10 minutes',
    subject: 'face_to_face_wait',
    unit: 'minutes',
    measure: 'share_within',
    thresholds: [{ percent: 100, limit: 10 }],
    source:
      'The council’s customer service standards: within 10 minutes of arrival or of the appointment time',
  },
  {
    name: 'Answer calls in an average of 30 seconds',
    subject: 'telephone_answer',
    unit: 'seconds',
    measure: 'average_within',
    thresholds: [{ percent: 100, limit: 30 }],
    source: 'The council’s customer service standards: "If you telephone us"',
  },
  {
    name: 'Full reply to letters and emails within 10 working days',
    subject: 'correspondence_reply',
    unit: 'working_days',
    measure: 'share_within',
    thresholds: [{ percent: 100, limit: 10 }],
    source: 'The council’s customer service standards and staff guide',
  },
  {
    name: 'Acknowledge emails within 1 working day',
    subject: 'email_acknowledgement',
    unit: 'working_days',
    measure: 'share_within',
    thresholds: [{ percent: 100, limit: 1 }],
    source: 'NeSDS standard 3 (PSO R29)',
  },
  {
    name: 'Complaints: stage 1 reply within 10 working days',
    subject: 'complaint_stage_1',
    unit: 'working_days',
    measure: 'share_within',
    thresholds: [{ percent: 100, limit: 10 }],
    source: 'The council’s corporate complaints procedure',
  },
  {
    name: 'Complaints: stage 2 reply within 20 working days',
    subject: 'complaint_stage_2',
    unit: 'working_days',
    measure: 'share_within',
    thresholds: [{ percent: 100, limit: 20 }],
    source: 'The council’s corporate complaints procedure',
  },
  {
    name: 'Rent Service: Housing Benefit determinations',
    subject: 'partner_referral',
    unit: 'working_days',
    measure: 'share_within',
    thresholds: [
      { percent: 87, limit: 3 },
      { percent: 95, limit: 5 },
    ],
    source:
      'The Rent Service SLA 2006/07 (HB/CTB U7/2006): 87% within 3 and 95% within 5 working days',
  },
  {
    name: 'Jobcentre Plus: documents forwarded to the council',
    subject: 'partner_referral',
    unit: 'working_days',
    measure: 'share_within',
    thresholds: [
      { percent: 90, limit: 2 },
      { percent: 100, limit: 5 },
    ],
    source:
      'Jobcentre Plus and LA SLA: 90% within 2 days and 100% within 5 (target days are working days)',
  },
  {
    name: 'Jobcentre Plus: NINO trace requests cleared',
    subject: 'partner_referral',
    unit: 'working_days',
    measure: 'share_within',
    thresholds: [{ percent: 86, limit: 33 }],
    source: 'Jobcentre Plus and LA SLA: 86% within 33 days; the SLA counts working days',
  },
  {
    name: 'Hand-offs to service departments: answered within 5 working days',
    subject: 'department_hand_off',
    unit: 'working_days',
    measure: 'share_within',
    thresholds: [{ percent: 95, limit: 5 }],
    source:
      'NeSDS standard 22: agreed timescales between customer services and departments (a starting point: set each department’s own)',
  },
  {
    name: 'LAST support: urgent requests',
    subject: 'department_hand_off',
    unit: 'working_hours',
    measure: 'share_within',
    thresholds: [{ percent: 100, limit: 2 }],
    source: 'LAST Customer Service Charter: within two working hours (LAST business hours)',
  },
  {
    name: 'LAST support: other requests',
    subject: 'department_hand_off',
    unit: 'working_hours',
    measure: 'share_within',
    thresholds: [{ percent: 100, limit: 6 }],
    source: 'LAST Customer Service Charter: within 6 working hours',
  },
];
