import { useEffect, useState } from 'react';
import type { CustomerView } from '../../../../shared/api';
import { CHANNEL_LABELS } from '../../../../shared/domain/channels';
import { describeNeeds } from '../../../../shared/domain/needs';
import { callApi } from '../../api/client';
import { formatDay } from '../../format';
import { useAppStore } from '../../store';
import { ChangeAddressForm } from './ChangeAddressForm';
import { DataProtectionPanel } from './DataProtectionPanel';
import { CustomerDetailsForm } from './CustomerDetailsForm';
import { MarkerForm } from './MarkerForm';
import { MarkersBanner } from './MarkersBanner';
import { TimelineTable } from './TimelineTable';
import { OlderHistoryNote } from './OlderHistoryNote';
import { RecordAccessPanel } from './RecordAccessPanel';

type Panel = 'none' | 'details' | 'address' | 'marker';

/**
 * The single view of the customer (NeSDS 23): markers and needs above all, then open items
 * with their clocks, then everything the council has done for them on every channel.
 */
export function CustomerRecord({ id, onBack }: { id: string; onBack: () => void }) {
  const role = useAppStore((s) => s.session?.staff.role);
  const announce = useAppStore((s) => s.announce);
  const [view, setView] = useState<CustomerView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>('none');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void callApi('customers.view', { id }).then((r) => {
      if (r.ok) setView(r.value);
      else setError(r.error.message);
    });
  }, [id]);

  function saved(next: CustomerView, words: string) {
    setView(next);
    setPanel('none');
    setMessage(words);
    announce(words);
  }

  if (error)
    return (
      <div>
        <p role="alert" className="error-text">
          {error}
        </p>
        <button type="button" onClick={onBack}>
          Back to search
        </button>
      </div>
    );
  if (!view) return <p aria-busy="true">Opening the record…</p>;
  const d = view.details;
  const needs = describeNeeds(view.needs);
  const address = [d.addressLine1, d.addressLine2, d.town, d.postcode].filter(Boolean).join(', ');
  const canMark = role === 'team_leader' || role === 'administrator';

  return (
    <article className="customer-record" aria-labelledby="customer-name">
      <button type="button" onClick={onBack}>
        ← Back to search
      </button>
      <h1 id="customer-name" tabIndex={-1} ref={(el) => el?.focus()}>
        {view.displayName}
      </h1>
      <MarkersBanner markers={view.markers} onReviewed={canMark ? saved : undefined} />
      <section className="needs-banner" aria-labelledby="needs-heading">
        <h2 id="needs-heading">Needs</h2>
        <p data-testid="needs">{needs.length > 0 ? needs.join(', ') : 'No needs recorded.'}</p>
      </section>
      {message && (
        <p className="confirmation" data-testid="confirmation">
          ✓ {message}
        </p>
      )}
      <dl className="facts customer-facts">
        <dt>Address</dt>
        <dd>{address || 'Not recorded'}</dd>
        <dt>Phone</dt>
        <dd>{d.phone ?? 'Not recorded'}</dd>
        <dt>Email</dt>
        <dd>{d.email ?? 'Not recorded'}</dd>
        <dt>Date of birth</dt>
        <dd>{d.dateOfBirth ? formatDay(d.dateOfBirth) : 'Not recorded'}</dd>
        <dt>Prefers</dt>
        <dd>
          {[d.preferredChannel ? CHANNEL_LABELS[d.preferredChannel] : null, d.preferredLanguage]
            .filter(Boolean)
            .join(', ') || 'No preference recorded'}
        </dd>
        <dt>Consent to contact</dt>
        <dd>{d.contactConsent ? 'Yes' : 'No'}</dd>
      </dl>
      <div className="actions">
        <button type="button" onClick={() => setPanel('details')}>
          Edit details
        </button>
        <button type="button" onClick={() => setPanel('address')}>
          Change of address
        </button>
        {canMark && (
          <button type="button" onClick={() => setPanel('marker')}>
            Add a warning marker
          </button>
        )}
      </div>
      {panel === 'details' && (
        <CustomerDetailsForm
          view={view}
          onSaved={(v) => saved(v, 'Details saved.')}
          onCancel={() => setPanel('none')}
        />
      )}
      {panel === 'address' && (
        <ChangeAddressForm
          view={view}
          onSaved={(v, n) =>
            saved(
              v,
              n === 0
                ? 'Address changed. The customer has not used any service yet, so no department was told.'
                : `Address changed and ${n} ${n === 1 ? 'department was' : 'departments were'} told by hand-off.`,
            )
          }
          onCancel={() => setPanel('none')}
        />
      )}
      {panel === 'marker' && (
        <MarkerForm
          customerId={view.id}
          onSaved={(v) => saved(v, 'Warning marker added.')}
          onCancel={() => setPanel('none')}
        />
      )}
      <section aria-labelledby="open-items-heading">
        <h2 id="open-items-heading">Open items ({view.openItems.length})</h2>
        {view.openItems.length === 0 ? (
          <p>Nothing open: no reply, hand-off or complaint is waiting.</p>
        ) : (
          <TimelineTable
            entries={view.openItems}
            caption="Open items, soonest due first"
            testId="open-items"
          />
        )}
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Everything we have done ({view.timeline.length})</h2>
        <OlderHistoryNote older={view.olderHistory} />
        {view.timeline.length === 0 ? (
          <p>
            {view.olderHistory?.status === 'unreachable'
              ? 'Nothing recent held on this PC.'
              : 'No contacts yet.'}
          </p>
        ) : (
          <TimelineTable
            entries={view.timeline}
            caption="Every contact, visit, letter, hand-off and complaint, newest first"
            testId="timeline"
          />
        )}
      </section>
      {canMark && <DataProtectionPanel view={view} onErased={saved} />}
      {canMark && <RecordAccessPanel customerId={view.id} />}
    </article>
  );
}
