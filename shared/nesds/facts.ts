// What the evidence report measures from the app's records for a period, gathered by the back
// end (electron/api/nesds) and graded here. Shares are 0-1, or null with nothing to measure.
import type { ChannelFamily } from '../domain/channels';

export interface RateRow {
  label: string;
  completed: number;
  rate: number | null;
}

/** One figure of the period's stats report, as the team leader saw it there. */
export interface ReportedFigure {
  label: string;
  value: string;
  target: string | null;
  met: boolean | null;
}

export interface EvidenceFacts {
  from: string;
  to: string;
  /** The calendar months the period touches, `YYYY-MM`. */
  months: string[];
  contacts: number;
  contactsByFamily: Record<ChannelFamily, number>;
  /** Standard 1: the BVPI 157 interaction types, and those customers used electronically. */
  bvpi157Types: string[];
  electronicTypes: string[];
  /** Sites open outside Monday to Friday 09:00-17:00, with how ("Sat 09:00-12:00"). */
  extendedHours: { site: string; when: string }[];

  /** Standard 2, from the stats report's FCR. */
  fcr: {
    target: number;
    completed: number;
    recorded: number | null;
    verified: number | null;
    services: RateRow[];
    channels: RateRow[];
  };
  /** Standard 3: each channel family's response figure against its promise. */
  responseTimes: ReportedFigure[];

  /** Standard 4. */
  offers: { made: number; accepted: number };
  handOffs: { total: number; withDueDate: number; fromContact: number; changeOfAddress: number };
  partnerReferrals: number;

  /** Standards 7 and 20. */
  feedback: {
    complaints: number;
    compliments: number;
    comments: number;
    stage1Answered: number;
    stage1OnTime: number;
    escalated: number;
  };

  /** Standard 17. */
  satisfaction: {
    responses: number;
    monthsWithResponses: number;
    customerTypesWithResponses: number;
    averageRating: number | null;
    satisfiedShare: number | null;
    /** Said we could not reasonably have done more (standard 16). */
    couldNotHaveDoneMoreShare: number | null;
    surveyComments: number;
  };

  /** Standards 18, 19 and 20. */
  quality: {
    scored: number;
    monthsScored: number;
    familiesScored: ChannelFamily[];
    averageScore: number | null;
    /** Checklist points about recording accurately that were scored in the period. */
    accuracyScored: number;
  };
  /** Contacts of the period surveyed or drawn for quality checks (standard 20: 5%). */
  targetedForEvaluation: number;

  /** Standard 21: the busiest weekday hour of the period. */
  peak: { weekday: string; hour: number; contacts: number } | null;

  /** Standard 22: departments behind the active services. */
  departments: {
    total: number;
    withoutNamedContact: string[];
    withoutEscalation: string[];
  };
  /** Hand-off thresholds measured in the period, "87% within 3 working days: 91% achieved". */
  handOffThresholds: { text: string; met: boolean | null }[];

  /** Standard 23. */
  singleView: {
    linkedContacts: number;
    /** Contacts from customers who were not anonymous. */
    identifiableContacts: number;
    familiesLinked: ChannelFamily[];
    accountTypes: string[];
  };

  /** Standard 25: contacts with an identity check above "not needed", by family. */
  identityChecks: Record<ChannelFamily, { contacts: number; checked: number }>;
}
