// The shape of a council front office's demand, as plain numbers: channel mix, who makes
// contact, how contacts end, how long they take. Telephone still carries over half of a
// district council's contact; face to face a fifth; the rest is written.
import type { Channel } from '../../shared/domain/channels';
import type { Outcome } from '../../shared/domain/outcomes';

export const CHANNEL_MIX: Record<Channel, number> = {
  telephone: 55,
  face_to_face: 20,
  email: 12,
  web_form: 6,
  letter: 4,
  sms: 2,
  fax: 1,
};

/** Written channels: they arrive as items on the 10-working-day reply clock. */
export const WRITTEN_CHANNELS: ReadonlySet<Channel> = new Set([
  'email',
  'web_form',
  'letter',
  'fax',
  'sms',
]);

/** Who makes contact, by customer type code. Quick calls and visits are often anonymous;
 * a letter or email nearly always says who it is from. */
export const CUSTOMER_TYPE_MIX = {
  spoken: {
    citizen: 72,
    business: 6,
    community_group: 1.5,
    partner_agency: 1.5,
    elected_member: 1,
    anonymous: 18,
  },
  written: {
    citizen: 80,
    business: 9,
    community_group: 2,
    partner_agency: 2,
    elected_member: 2,
    anonymous: 5,
  },
} as const;

/** Chance of resolving at first contact by channel, before the service's adjustment; tuned so
 * recorded FCR lands near the NeSDS 80% target, with the usual spread between services. */
export const RESOLVE_BY_CHANNEL: Record<Channel, number> = {
  telephone: 0.83,
  face_to_face: 0.82,
  email: 0.77,
  web_form: 0.8,
  letter: 0.72,
  fax: 0.72,
  sms: 0.88,
};

/** How the contacts that are not resolved end. */
export const UNRESOLVED_MIX: Record<Exclude<Outcome, 'resolved'>, number> = {
  handed_off: 42,
  referred_to_partner: 12,
  callback_promised: 20,
  awaiting_customer: 26,
};

/** A resolved contact followed within 7 days by another about the same thing: the gap
 * between recorded and verified FCR. */
export const REPEAT_CHANCE = 0.045;
/** A repeat contact is itself resolved less often than a first one. */
export const REPEAT_RESOLVE = 0.65;
/** Awaiting-customer contacts the adviser chases with an outbound contact. */
export const CHASE_CHANCE = 0.25;

/** Median minutes and spread of a contact's length (log-normal), and its limits. */
export const DURATION: Record<Channel, [median: number, sigma: number, min: number, max: number]> =
  {
    telephone: [4.5, 0.6, 0.5, 45],
    face_to_face: [9, 0.55, 2, 60],
    email: [6, 0.5, 1, 40],
    web_form: [5, 0.5, 1, 40],
    letter: [8, 0.5, 2, 45],
    fax: [8, 0.5, 2, 45],
    sms: [2, 0.4, 0.5, 10],
  };

export const NOTE_PHRASES: Record<Outcome, string[]> = {
  resolved: [
    'Explained and customer satisfied.',
    'Information given.',
    'Dealt with in full.',
    'Payment taken.',
    'Form completed with the customer.',
    'Advice given; no further action.',
  ],
  handed_off: ['Passed to the department with full details.', 'Department to contact customer.'],
  referred_to_partner: ['Given the partner’s contact details.', 'Referred with consent.'],
  callback_promised: ['Callback promised.', 'Will call back once the account is checked.'],
  awaiting_customer: ['Customer to send evidence.', 'Waiting for documents from the customer.'],
};

/** Why a full reply will take longer than promised (Halton staff guide: say why and when). */
export const HOLDING_REASONS = [
  'Waiting for information from the service department.',
  'The enquiry needs a site visit before we can reply in full.',
  'Waiting for records from a partner organisation.',
  'Several services are involved; we are putting together one reply.',
];
