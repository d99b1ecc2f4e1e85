// The evidence report's grades on two hand-made councils: one whose records meet everything
// the app can show, and one with gaps, so each grade and each missing item can be traced to
// a figure written out here.
import { describe, expect, it } from 'vitest';
import { assessStandards, type EvidenceFacts } from './index';

const BVPI = ['Providing information', 'Collecting revenue', 'Making a complaint'];

function strong(): EvidenceFacts {
  return {
    from: '2026-11-01',
    to: '2026-11-30',
    months: ['2026-11'],
    contacts: 200,
    contactsByFamily: { telephone: 100, face_to_face: 50, electronic: 40, post: 10 },
    bvpi157Types: BVPI,
    electronicTypes: [...BVPI],
    extendedHours: [{ site: 'Contact Centre', when: 'Sat 09:00-12:00' }],
    fcr: {
      target: 0.8,
      completed: 180,
      recorded: 0.86,
      verified: 0.82,
      services: [{ label: 'Council Tax', completed: 100, rate: 0.85 }],
      channels: [{ label: 'Telephone', completed: 90, rate: 0.81 }],
    },
    responseTimes: [
      {
        label: 'Average speed of answer',
        value: '25 seconds',
        target: '30 seconds or less',
        met: true,
      },
    ],
    offers: { made: 12, accepted: 5 },
    handOffs: { total: 10, withDueDate: 10, fromContact: 10, changeOfAddress: 2 },
    partnerReferrals: 3,
    feedback: {
      complaints: 4,
      compliments: 6,
      comments: 2,
      stage1Answered: 3,
      stage1OnTime: 3,
      escalated: 1,
    },
    satisfaction: {
      responses: 20,
      monthsWithResponses: 1,
      customerTypesWithResponses: 3,
      averageRating: 4.2,
      satisfiedShare: 0.85,
      couldNotHaveDoneMoreShare: 0.9,
      surveyComments: 5,
    },
    quality: {
      scored: 10,
      monthsScored: 1,
      familiesScored: ['telephone', 'face_to_face', 'electronic', 'post'],
      averageScore: 88,
      accuracyScored: 10,
    },
    targetedForEvaluation: 30, // 15% of 200
    peak: { weekday: 'Monday', hour: 10, contacts: 18 },
    departments: { total: 5, withoutNamedContact: [], withoutEscalation: [] },
    handOffThresholds: [{ text: '87% within 3 working days: 90% achieved', met: true }],
    singleView: {
      linkedContacts: 150,
      identifiableContacts: 160,
      familiesLinked: ['telephone', 'face_to_face', 'electronic', 'post'],
      accountTypes: ['Citizen', 'Business'],
    },
    identityChecks: {
      telephone: { contacts: 100, checked: 60 },
      face_to_face: { contacts: 50, checked: 40 },
      electronic: { contacts: 40, checked: 10 },
      post: { contacts: 10, checked: 2 },
    },
  };
}

const grades = (facts: EvidenceFacts) =>
  Object.fromEntries(assessStandards(facts).map((s) => [s.number, s.supported]));
const standard = (facts: EvidenceFacts, n: number) =>
  assessStandards(facts).find((s) => s.number === n)!;

describe('the NeSDS evidence grades', () => {
  it('a council meeting everything the records can show', () => {
    expect(grades(strong())).toEqual({
      1: 'minimum', // Excellent needs consultation evidence
      2: 'excellent',
      3: null, // the standard sets no grades
      4: 'excellent',
      7: 'minimum',
      17: 'progressing', // Excellent needs benchmarking
      18: 'excellent',
      19: 'progressing', // Excellent needs mystery shopping and the like
      20: 'minimum', // Progress needs published actions, outside the app
      21: 'minimum',
      22: 'minimum',
      23: 'minimum',
      24: 'excellent',
      25: 'minimum',
    });
    expect(standard(strong(), 2).reason).toBe(
      'Excellent: verified first-contact resolution across all channels is 82% against 80%; every service reached 80%; every channel reached 80%.',
    );
    expect(standard(strong(), 20).missing).toEqual([
      'management reports show the actions taken on comments, and comments are published',
    ]);
    expect(standard(strong(), 7).alsoShow).toEqual([
      'complaint statistics are published regularly, and one definition of a complaint is agreed',
    ]);
  });

  it('FCR is graded on the verified rate: 82% recorded but 78% verified is below Minimum', () => {
    const facts = strong();
    facts.fcr.recorded = 0.82;
    facts.fcr.verified = 0.78;
    const s2 = standard(facts, 2);
    expect(s2.supported).toBeNull();
    expect(s2.reason).toBe(
      'Below Minimum on the records: verified first-contact resolution across all channels is 78% against 80%.',
    );
  });

  it('one service below 80% keeps FCR at Minimum and names it', () => {
    const facts = strong();
    facts.fcr.services.push({ label: 'Planning', completed: 20, rate: 0.7 });
    const s2 = standard(facts, 2);
    expect(s2.supported).toBe('minimum');
    expect(s2.missing).toEqual([
      '1 service below 80%: Planning 70%',
      'partner services provided by the authority are measured the same way',
    ]);
  });

  it('4.5% of contacts targeted is short of the 5% for standard 20’s Excellent', () => {
    const facts = strong();
    facts.targetedForEvaluation = 9; // 9 / 200 = 4.5%
    expect(standard(facts, 20).checks.find((c) => c.grade === 'excellent')).toMatchObject({
      text: "4.5% of the period's contacts were surveyed or sampled for quality evaluation, against at least 5%",
      met: false,
    });
  });

  it('a council with gaps: no post contacts, no surveys, no quality checks', () => {
    const facts = strong();
    facts.contactsByFamily.post = 0;
    facts.identityChecks.post = { contacts: 0, checked: 0 };
    facts.satisfaction = {
      responses: 0,
      monthsWithResponses: 0,
      customerTypesWithResponses: 0,
      averageRating: null,
      satisfiedShare: null,
      couldNotHaveDoneMoreShare: null,
      surveyComments: 0,
    };
    facts.quality = {
      scored: 0,
      monthsScored: 0,
      familiesScored: [],
      averageScore: null,
      accuracyScored: 0,
    };
    const g = grades(facts);
    expect(g[1]).toBeNull();
    expect(standard(facts, 1).reason).toBe(
      'Below Minimum on the records: no contacts came by 1d Post (letter, fax).',
    );
    expect(g[17]).toBeNull();
    expect(g[18]).toBe('minimum');
    expect(standard(facts, 18).missing[0]).toBe(
      'no quality check scored whether contacts were recorded accurately',
    );
    expect(g[19]).toBeNull();
    expect(g[21]).toBeNull(); // satisfaction is not measured
  });

  it('two months in a period need surveys and quality checks in both', () => {
    const facts = strong();
    facts.months = ['2026-10', '2026-11'];
    expect(standard(facts, 17).supported).toBeNull();
    expect(standard(facts, 17).reason).toBe(
      'Below Minimum on the records: 20 exit surveys answered about the transaction itself, in 1 of 2 months.',
    );
    expect(standard(facts, 19).supported).toBe('minimum');
    expect(standard(facts, 19).missing[0]).toBe(
      'the quality checklist, a formal tool, was used in 1 of 2 months',
    );
  });

  it('a department without a named contact keeps standard 22 below Minimum', () => {
    const facts = strong();
    facts.departments.withoutNamedContact = ['Planning'];
    expect(standard(facts, 22).supported).toBeNull();
    expect(standard(facts, 22).reason).toContain('no named contact for Planning');
  });
});
