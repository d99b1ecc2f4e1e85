// The performance and resource standards the app can evidence: 17 (satisfaction measured),
// 18 (volume measured), 19 (quality measured), 20 (comments recorded and acted upon; at least
// 5% of users targeted for quality evaluation) and 21 (resources managed to demand).
import { CHANNEL_FAMILIES, CHANNEL_FAMILY_LABELS } from '../domain/channels';
import type { EvidenceFacts } from './facts';
import { shareOf } from '../metrics/counts';
import { count, percent, plural, type StandardDefinition } from './grades';

/** NeSDS standard 20 (Excellent): at least 5% of users targeted for quality evaluation. */
export const TARGETED_SHARE = 0.05;

export function standard17(f: EvidenceFacts): StandardDefinition {
  const s = f.satisfaction;
  const months = f.months.length;
  return {
    number: 17,
    title: 'Customer service satisfaction is measured and reported',
    grades: ['minimum', 'progressing', 'excellent'],
    measures: [
      { label: 'Survey responses', value: count(s.responses) },
      {
        label: 'Average rating',
        value: s.averageRating === null ? 'no data' : `${s.averageRating.toFixed(1)} of 5`,
      },
      { label: 'Satisfied (4 or 5 of 5)', value: percent(s.satisfiedShare) },
      { label: 'Could not reasonably have done more', value: percent(s.couldNotHaveDoneMoreShare) },
    ],
    checks: [
      {
        grade: 'minimum',
        text:
          s.responses === 0
            ? 'no exit surveys were answered in the period'
            : `${plural(s.responses, 'exit survey')} answered about the transaction itself, in ${s.monthsWithResponses} of ${plural(months, 'month')}`,
        met: s.responses > 0 && s.monthsWithResponses === months,
      },
      {
        grade: 'minimum',
        text: 'results are published regularly, with improvements shown where satisfaction is low',
        met: null,
      },
      {
        grade: 'progressing',
        text:
          s.customerTypesWithResponses >= 2
            ? `results segmented across ${s.customerTypesWithResponses} customer groups`
            : 'responses came from fewer than two customer groups, so they cannot be segmented',
        met: s.customerTypesWithResponses >= 2,
      },
      {
        grade: 'excellent',
        text: 'trends are analysed and benchmarked with other authorities and organisations',
        met: null,
      },
    ],
  };
}

export function standard18(f: EvidenceFacts): StandardDefinition {
  return {
    number: 18,
    title: 'The volume of customer service activity is measured and reported',
    grades: ['minimum', 'excellent'],
    measures: [
      { label: 'Contacts recorded', value: count(f.contacts) },
      {
        label: 'Accuracy of recording checked',
        value: plural(f.quality.accuracyScored, 'contact'),
      },
    ],
    checks: [
      {
        grade: 'minimum',
        text:
          f.contacts > 0
            ? `${plural(f.contacts, 'contact')} measured by channel, service, interaction type and customer type`
            : 'no contacts were recorded in the period',
        met: f.contacts > 0,
      },
      {
        grade: 'minimum',
        text: 'the figures are checked and used for management and resourcing',
        met: null,
      },
      {
        grade: 'excellent',
        text:
          f.quality.accuracyScored > 0
            ? `the accuracy of recording was checked on ${plural(f.quality.accuracyScored, 'sampled contact')}`
            : 'no quality check scored whether contacts were recorded accurately',
        met: f.quality.accuracyScored > 0,
      },
      {
        grade: 'excellent',
        text: 'the figures inform the Customer Service Strategy',
        met: null,
      },
    ],
  };
}

export function standard19(f: EvidenceFacts): StandardDefinition {
  const q = f.quality;
  const used = CHANNEL_FAMILIES.filter((family) => f.contactsByFamily[family] > 0);
  const unsampled = used.filter((family) => !q.familiesScored.includes(family));
  const months = f.months.length;
  return {
    number: 19,
    title: 'The quality of customer service activity is measured and reported',
    grades: ['minimum', 'progressing', 'excellent'],
    measures: [
      { label: 'Contacts quality-scored', value: count(q.scored) },
      {
        label: 'Average quality score',
        value: q.averageScore === null ? 'no data' : `${Math.round(q.averageScore)}%`,
      },
      { label: 'Exit survey responses', value: count(f.satisfaction.responses) },
    ],
    checks: [
      {
        grade: 'minimum',
        text:
          f.satisfaction.responses > 0
            ? `service quality seen from the customer's side: ${plural(f.satisfaction.responses, 'exit survey')}`
            : 'no exit surveys were answered',
        met: f.satisfaction.responses > 0,
      },
      {
        grade: 'minimum',
        text:
          q.scored === 0
            ? 'no contacts were scored against the quality checklist'
            : unsampled.length === 0
              ? `${plural(q.scored, 'contact')} scored, covering every channel used`
              : `${plural(q.scored, 'contact')} scored, but none by ${unsampled.map((u) => CHANNEL_FAMILY_LABELS[u]).join(', ')}`,
        met: q.scored > 0 && unsampled.length === 0,
      },
      {
        grade: 'progressing',
        text: `the quality checklist, a formal tool, was used in ${q.monthsScored} of ${plural(months, 'month')}`,
        met: months > 0 && q.monthsScored === months,
      },
      {
        grade: 'excellent',
        text: 'good-practice methods such as mystery shopping and call recording drive improvements, published to staff',
        met: null,
      },
    ],
  };
}

export function standard20(f: EvidenceFacts): StandardDefinition {
  const fb = f.feedback;
  const views = fb.complaints + fb.compliments + fb.comments + f.satisfaction.surveyComments;
  const share = shareOf(f.targetedForEvaluation, f.contacts);
  return {
    number: 20,
    title: 'Customer comments and views are recorded and acted upon',
    grades: ['minimum', 'progressing', 'excellent'],
    measures: [
      {
        label: 'Complaints, compliments and comments',
        value: count(fb.complaints + fb.compliments + fb.comments),
      },
      { label: 'Survey comments', value: count(f.satisfaction.surveyComments) },
      {
        label: 'Contacts targeted for quality evaluation',
        value: `${count(f.targetedForEvaluation)} of ${count(f.contacts)} (${percent(share)})`,
      },
    ],
    checks: [
      {
        grade: 'minimum',
        text:
          views > 0
            ? `${plural(views, 'comment or view', 'comments and views')} kept in one repository (${[
                plural(fb.compliments, 'compliment'),
                plural(fb.comments, 'comment'),
                plural(fb.complaints, 'complaint'),
                plural(f.satisfaction.surveyComments, 'survey comment'),
              ].join(', ')})`
            : 'no comments or views were recorded',
        met: views > 0,
      },
      {
        grade: 'progressing',
        text: 'management reports show the actions taken on comments, and comments are published',
        met: null,
      },
      {
        grade: 'excellent',
        text: `${percent(share, 1)} of the period's contacts were surveyed or sampled for quality evaluation, against at least ${percent(TARGETED_SHARE)}`,
        met: share !== null && share >= TARGETED_SHARE,
      },
      {
        grade: 'excellent',
        text: 'comments drive change across the council and its partners',
        met: null,
      },
    ],
  };
}

export function standard21(f: EvidenceFacts): StandardDefinition {
  const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
  const peak = f.peak;
  return {
    number: 21,
    title: 'Customer service resources are managed effectively and efficiently',
    grades: ['minimum', 'progressing', 'excellent'],
    measures: [
      {
        label: 'Busiest hour of the week',
        value: peak
          ? `${peak.weekday} ${hour(peak.hour)}-${hour(peak.hour + 1)} (${plural(peak.contacts, 'contact')})`
          : 'no data',
      },
    ],
    checks: [
      {
        grade: 'minimum',
        text: peak
          ? `demand by weekday and hour is measured; the peak is ${peak.weekday} ${hour(peak.hour)}`
          : 'no contacts, so no demand pattern',
        met: peak !== null,
      },
      {
        grade: 'minimum',
        text:
          f.satisfaction.responses > 0
            ? 'satisfaction is measured, to be taken into account in the plans'
            : 'satisfaction is not measured',
        met: f.satisfaction.responses > 0,
      },
      {
        grade: 'minimum',
        text: 'resource plans for each channel, agreed with service departments, with an emergency model',
        met: null,
      },
      {
        grade: 'progressing',
        text: 'improvement shown at the key peak times across channels',
        met: null,
      },
      {
        grade: 'excellent',
        text: 'forecasting, resource balancing, trend analysis and flexible working',
        met: null,
      },
    ],
  };
}
