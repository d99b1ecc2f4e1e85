// The process standards the app can evidence: 22 (interactions managed end to end under
// agreements), 23 (a single view of the customer), 24 (hand-off without re-capture) and 25
// (customers authenticated to the level the transaction needs).
import { CHANNEL_FAMILIES, CHANNEL_FAMILY_LABELS } from '../domain/channels';
import type { EvidenceFacts } from './facts';
import { shareOf } from '../metrics/counts';
import { count, percent, plural, type StandardDefinition } from './grades';

const families = (list: readonly string[]) =>
  list.map((f) => CHANNEL_FAMILY_LABELS[f as keyof typeof CHANNEL_FAMILY_LABELS]).join(', ');

export function standard22(f: EvidenceFacts): StandardDefinition {
  const d = f.departments;
  const missed = f.handOffThresholds.filter((t) => t.met === false);
  return {
    number: 22,
    title: 'The authority manages customer interactions end to end',
    grades: ['minimum', 'progressing', 'excellent'],
    measures: [
      {
        label: 'Departments with a named contact',
        value: `${count(d.total - d.withoutNamedContact.length)} of ${count(d.total)}`,
      },
      {
        label: 'Departments with an escalation point',
        value: `${count(d.total - d.withoutEscalation.length)} of ${count(d.total)}`,
      },
      ...f.handOffThresholds.map((t) => ({
        label: 'Hand-off standard',
        value: `${t.text}${t.met === null ? '' : t.met ? ' ✓' : ' ✗'}`,
      })),
    ],
    checks: [
      {
        grade: 'minimum',
        text:
          d.withoutNamedContact.length === 0
            ? `every one of the ${plural(d.total, 'department')} behind the services has a named contact`
            : `no named contact for ${d.withoutNamedContact.join(', ')}`,
        met: d.total > 0 && d.withoutNamedContact.length === 0,
      },
      {
        grade: 'minimum',
        text:
          d.withoutEscalation.length === 0
            ? 'every department has an escalation point'
            : `no escalation point for ${d.withoutEscalation.join(', ')}`,
        met: d.total > 0 && d.withoutEscalation.length === 0,
      },
      {
        grade: 'minimum',
        text:
          f.handOffThresholds.length === 0
            ? 'no hand-offs were measured against their agreed standards'
            : missed.length === 0
              ? `hand-offs monitored against ${plural(f.handOffThresholds.length, 'agreed threshold')}, all achieved`
              : `hand-offs monitored against ${plural(f.handOffThresholds.length, 'agreed threshold')}; ${missed.length} not achieved`,
        // Monitoring is what the Minimum asks; a missed threshold is shown, not hidden.
        met: f.handOffThresholds.length > 0,
      },
      {
        grade: 'minimum',
        text: 'the monitoring is published back to the departments',
        met: null,
      },
      {
        grade: 'progressing',
        text: 'performance is compared with other councils',
        met: null,
      },
      {
        grade: 'excellent',
        text: 'agreements are health-checked regularly, and partners have their own agreements',
        met: null,
      },
    ],
  };
}

export function standard23(f: EvidenceFacts): StandardDefinition {
  const s = f.singleView;
  const share = shareOf(s.linkedContacts, s.identifiableContacts);
  const used = CHANNEL_FAMILIES.filter((family) => f.contactsByFamily[family] > 0);
  const unlinked = used.filter((family) => !s.familiesLinked.includes(family));
  return {
    number: 23,
    title: 'A single view of the customer’s interactions across all service areas',
    grades: ['minimum', 'progressing'],
    measures: [
      {
        label: 'Contacts on a customer’s record',
        value: `${count(s.linkedContacts)} of ${count(s.identifiableContacts)} (${percent(share)})`,
      },
      { label: 'Kinds of account', value: s.accountTypes.join(', ') || 'none' },
    ],
    checks: [
      {
        grade: 'minimum',
        text:
          s.linkedContacts === 0
            ? 'no contacts were kept on a customer’s record'
            : unlinked.length === 0
              ? `customers’ records hold their contacts from every channel used (${percent(share)} of contacts from known customers)`
              : `no contacts by ${families(unlinked)} were kept on a customer’s record`,
        met: s.linkedContacts > 0 && unlinked.length === 0,
      },
      {
        grade: 'minimum',
        text:
          s.accountTypes.length >= 2
            ? `accounts of ${s.accountTypes.length} kinds (${s.accountTypes.join(', ')}) in one system`
            : 'accounts of only one kind (citizen, business or community group)',
        met: s.accountTypes.length >= 2,
      },
      {
        grade: 'progressing',
        text: 'data from the service systems (housing, planning, highways) appears on the single view',
        met: null,
      },
    ],
  };
}

export function standard24(f: EvidenceFacts): StandardDefinition {
  const h = f.handOffs;
  return {
    number: 24,
    title: 'The hand-off between initial contact and service professionals is automated',
    grades: ['minimum', 'excellent'],
    measures: [
      {
        label: 'Hand-offs made from the contact record',
        value: `${count(h.fromContact)} of ${count(h.total)}`,
      },
      { label: 'Referrals to partners', value: count(f.partnerReferrals) },
    ],
    checks: [
      {
        grade: 'minimum',
        text:
          h.total === 0
            ? 'no hand-offs were made in the period'
            : `${count(h.fromContact)} of ${plural(h.total, 'hand-off')} carried the contact’s details, with nothing captured twice`,
        met: h.total > 0 && h.fromContact === h.total,
      },
      {
        grade: 'excellent',
        text:
          f.partnerReferrals > 0
            ? `${plural(f.partnerReferrals, 'referral')} to partners recorded`
            : 'no referrals to partners were recorded',
        met: f.partnerReferrals > 0,
      },
      {
        grade: 'excellent',
        text: 'partners receive the details without re-capturing them',
        met: null,
      },
    ],
  };
}

export function standard25(f: EvidenceFacts): StandardDefinition {
  const used = CHANNEL_FAMILIES.filter((family) => f.identityChecks[family].contacts > 0);
  const unchecked = used.filter((family) => f.identityChecks[family].checked === 0);
  return {
    number: 25,
    title: 'Customers are authenticated and transactions are secure',
    grades: ['minimum', 'progressing', 'excellent'],
    measures: used.map((family) => {
      const { contacts, checked } = f.identityChecks[family];
      return {
        label: `Identity checked, ${CHANNEL_FAMILY_LABELS[family]}`,
        value: `${count(checked)} of ${count(contacts)} (${percent(checked / contacts)})`,
      };
    }),
    checks: [
      {
        grade: 'minimum',
        text:
          used.length === 0
            ? 'no contacts were recorded'
            : unchecked.length === 0
              ? 'identity is checked, to the level each transaction needs, on every channel used'
              : `identity was never checked on ${families(unchecked)}`,
        met: used.length > 0 && unchecked.length === 0,
      },
      {
        grade: 'minimum',
        text: 'registration, verification and enrolment follow a clear security policy',
        met: null,
      },
      {
        grade: 'progressing',
        text: 'customers authenticate once and reuse it on every channel',
        met: null,
      },
      {
        grade: 'excellent',
        text: 'authentication is shared with other public bodies and partners',
        met: null,
      },
    ],
  };
}
