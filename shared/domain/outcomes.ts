// The outcome of a contact. Only "resolved at first contact" counts towards first-contact
// resolution (NeSDS standard 2: at least 80% resolved at the first point of contact).

export const OUTCOMES = [
  'resolved',
  'handed_off',
  'referred_to_partner',
  'callback_promised',
  'awaiting_customer',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  resolved: 'Resolved at first contact',
  handed_off: 'Handed off to a department',
  referred_to_partner: 'Referred to a partner',
  callback_promised: 'Callback promised',
  awaiting_customer: 'Awaiting information from the customer',
};

/** Inbound contacts count towards FCR; outbound follow-ups are excluded and shown apart. */
export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];
