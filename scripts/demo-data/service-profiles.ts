// What each of the demo council's services looks like at the front door: how much of the
// demand it carries (Council Tax and benefits dominate a district council's contact), which
// channels it leans on, what people contact it about, how often it can be resolved at first
// contact, and the partners it refers to. Services a council adds itself get a plain profile.
import type { Channel } from '../../shared/domain/channels';

/** The BVPI 157 interaction types and the demo council's own, by the names first-run gives them. */
export const INTERACTION = {
  info: 'Providing information',
  revenue: 'Collecting revenue',
  benefits: 'Providing benefits and grants',
  consult: 'Consultation comment',
  apply: 'Applying for a service or licence',
  book: 'Booking a venue, resource or course',
  appoint: 'Scheduling an appointment or meeting',
  complain: 'Making a complaint',
  report: 'Reporting a problem',
  change: 'Change of circumstances',
} as const;
export type InteractionKey = keyof typeof INTERACTION;

export interface ServiceProfile {
  /** Share of demand, relative to the other services. */
  weight: number;
  /** How much more (or less) this service is asked about on a channel than on average. */
  channels?: Partial<Record<Channel, number>>;
  interactions: Partial<Record<InteractionKey, number>>;
  /** Added to the channel's chance of resolving at first contact. */
  resolve: number;
  partners: string[];
  /** What contacts, letters and hand-offs are about ("Missed bin collection"). */
  topics: string[];
  /** Share of contacts from businesses, for services businesses use. */
  businessShare?: number;
}

export const DEFAULT_PROFILE: ServiceProfile = {
  weight: 1,
  interactions: { info: 6, apply: 2, report: 1, change: 1, complain: 0.3 },
  resolve: 0,
  partners: ['Citizens Advice'],
  topics: ['General enquiry', 'Progress of an earlier request', 'How to apply'],
};

export const SERVICE_PROFILES: Record<string, ServiceProfile> = {
  'Council Tax': {
    weight: 24,
    channels: { letter: 1.6, email: 1.1 },
    interactions: { revenue: 35, info: 30, change: 25, complain: 2, appoint: 1 },
    resolve: 0.05,
    partners: ['Citizens Advice', 'StepChange Debt Charity'],
    topics: [
      'Moving home',
      'Single person discount',
      'Payment arrangement',
      'Reminder notice',
      'Direct Debit set-up',
      'Council Tax band',
      'Annual bill',
    ],
  },
  'Business Rates': {
    weight: 2,
    businessShare: 0.85,
    interactions: { revenue: 45, info: 35, change: 15, apply: 5 },
    resolve: 0,
    partners: ['Valuation Office Agency'],
    topics: ['Small business rate relief', 'Rateable value', 'Payment by instalments'],
  },
  'Housing Benefit and Council Tax Reduction': {
    weight: 14,
    channels: { face_to_face: 1.6, letter: 1.4, telephone: 0.9 },
    interactions: { benefits: 40, change: 30, info: 25, apply: 5 },
    resolve: -0.06,
    partners: ['Jobcentre Plus', 'The Rent Service', 'Citizens Advice', 'DWP Pension Service'],
    topics: [
      'New claim',
      'Change in income',
      'Evidence for a claim',
      'Overpayment',
      'Discretionary Housing Payment',
      'Progress of a claim',
    ],
  },
  'Free School Meals and Uniform Grants': {
    weight: 2,
    interactions: { benefits: 60, info: 30, apply: 10 },
    resolve: 0.02,
    partners: ['Jobcentre Plus'],
    topics: ['Free school meals application', 'School uniform grant', 'Eligibility check'],
  },
  'Bins, Waste and Recycling': {
    weight: 12,
    channels: { web_form: 3, face_to_face: 0.4, letter: 0.5 },
    interactions: { report: 50, info: 25, apply: 10, book: 10, complain: 3 },
    resolve: 0.05,
    partners: ['Waste collection contractor'],
    topics: [
      'Missed bin collection',
      'Bulky waste collection',
      'New or replacement bin',
      'Garden waste subscription',
      'Collection dates',
    ],
  },
  'Street Cleaning and Fly-tipping': {
    weight: 4,
    channels: { web_form: 3, face_to_face: 0.4 },
    interactions: { report: 80, info: 15, complain: 5 },
    resolve: -0.02,
    partners: ['Environment Agency'],
    topics: ['Fly-tipping', 'Litter', 'Graffiti', 'Dog fouling'],
  },
  'Housing and Homelessness': {
    weight: 6,
    channels: { face_to_face: 2.2, email: 0.7 },
    interactions: { info: 35, apply: 30, appoint: 20, change: 10, complain: 5 },
    resolve: -0.18,
    partners: ['Shelter', 'Citizens Advice', 'Housing association', 'Women’s Aid'],
    topics: ['Homelessness advice', 'Housing register', 'Repairs to a rented home', 'Eviction'],
  },
  'Planning and Building Control': {
    weight: 3,
    channels: { email: 1.8, face_to_face: 0.6 },
    interactions: { info: 45, apply: 35, consult: 15, complain: 5 },
    resolve: -0.1,
    partners: ['Planning Portal'],
    topics: ['Planning application', 'Building regulations', 'Comment on an application'],
  },
  'Environmental Health and Pest Control': {
    weight: 3,
    interactions: { report: 45, info: 30, book: 20, complain: 5 },
    resolve: -0.05,
    partners: ['Food Standards Agency', 'Police (101)'],
    topics: ['Noise nuisance', 'Pest control visit', 'Food hygiene', 'Bonfire smoke'],
  },
  Licensing: {
    weight: 1.5,
    businessShare: 0.5,
    interactions: { apply: 55, info: 40, complain: 5 },
    resolve: -0.03,
    partners: ['Police licensing team'],
    topics: ['Premises licence', 'Taxi licence', 'Street trading', 'Temporary event notice'],
  },
  'Parking and Blue Badges': {
    weight: 5,
    interactions: { apply: 35, info: 30, revenue: 15, complain: 10, report: 10 },
    resolve: 0.02,
    partners: ['Traffic Penalty Tribunal'],
    topics: [
      'Blue Badge application',
      'Penalty charge notice',
      'Residents parking permit',
      'Abandoned vehicle',
    ],
  },
  'Roads, Pavements and Street Lighting': {
    weight: 4,
    channels: { web_form: 2.5 },
    interactions: { report: 80, info: 15, complain: 5 },
    resolve: -0.02,
    partners: ['National Highways', 'Electricity network operator'],
    topics: ['Pothole', 'Street light out', 'Damaged pavement', 'Gritting'],
  },
  'Electoral Registration': {
    weight: 2.5,
    interactions: { info: 45, apply: 35, change: 20 },
    resolve: 0.06,
    partners: [],
    topics: ['Register to vote', 'Postal vote', 'Household enquiry form', 'Polling station'],
  },
  'Adult Social Care': {
    weight: 3,
    channels: { telephone: 1.2, face_to_face: 1.2, web_form: 0.5 },
    interactions: { info: 40, apply: 30, appoint: 20, complain: 5, change: 5 },
    resolve: -0.3,
    partners: ['Age UK', 'NHS 111', 'Carers Centre'],
    topics: ['Care needs assessment', 'Home care', 'Equipment and adaptations', 'Safeguarding'],
  },
  'School Admissions': {
    weight: 2.5,
    interactions: { apply: 45, info: 45, complain: 5, appoint: 5 },
    resolve: 0,
    partners: [],
    topics: ['Primary school place', 'Secondary school transfer', 'In-year transfer', 'Appeal'],
  },
  'Births, Deaths and Marriages': {
    weight: 3,
    channels: { face_to_face: 1.4 },
    interactions: { appoint: 55, info: 30, apply: 10, revenue: 5 },
    resolve: 0.06,
    partners: ['Tell Us Once'],
    topics: ['Register a birth', 'Register a death', 'Book a ceremony', 'Copy certificate'],
  },
  'Parks, Leisure and Libraries': {
    weight: 2,
    interactions: { book: 45, info: 45, report: 5, complain: 5 },
    resolve: 0.06,
    partners: ['Leisure trust'],
    topics: ['Leisure card', 'Library membership', 'Book a pitch or room', 'Park maintenance'],
  },
  'Complaints, Comments and Compliments': {
    weight: 1.5,
    channels: { email: 1.8, letter: 1.5, web_form: 1.5 },
    interactions: { complain: 70, consult: 20, info: 10 },
    resolve: -0.25,
    partners: ['Local Government and Social Care Ombudsman'],
    topics: ['Complaint about a service', 'Compliment for staff', 'Comment on a policy'],
  },
  'General Enquiries': {
    weight: 6,
    interactions: { info: 80, appoint: 10, report: 5, change: 5 },
    resolve: 0.12,
    partners: ['Citizens Advice', 'Police (101)', 'NHS 111'],
    topics: ['Opening hours', 'Finding the right service', 'Paying for a service', 'Directions'],
  },
};

export function profileOf(serviceName: string): ServiceProfile {
  return SERVICE_PROFILES[serviceName] ?? DEFAULT_PROFILE;
}
