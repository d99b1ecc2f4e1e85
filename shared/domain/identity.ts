// How far the customer's identity was checked for this transaction (NeSDS standard 25:
// "the level of authentication required (T levels) for the specific transaction"). The
// levels follow the e-Government authentication framework: none, key facts, several
// facts checked against records, documents seen.
export const IDENTITY_CHECKS = [
  'not_needed',
  'key_facts',
  'verified_facts',
  'documents_seen',
] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];

export const IDENTITY_CHECK_LABELS: Record<IdentityCheck, string> = {
  not_needed: 'Not needed (general information)',
  key_facts: 'Level 1: name and a key fact given',
  verified_facts: 'Level 2: several facts checked against our records',
  documents_seen: 'Level 3: identity documents seen',
};
