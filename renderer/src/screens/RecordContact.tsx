import { useMemo, useRef, useState } from 'react';
import { CHANNEL_LABELS } from '../../../shared/domain/channels';
import { OUTCOME_LABELS } from '../../../shared/domain/outcomes';
import { ContactForm } from '../components/ContactForm';
import { QuickLog } from '../components/QuickLog';
import { formatTime } from '../format';
import { useShortcuts } from '../hooks/useShortcuts';
import { useAppStore } from '../store';

export function RecordContact() {
  const recordContact = useAppStore((s) => s.recordContact);
  const announce = useAppStore((s) => s.announce);
  const quickService = useRef<HTMLSelectElement>(null);
  const fullHeading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const shortcuts = useMemo(
    () => ({
      q: () => quickService.current?.focus(),
      n: () => document.getElementById('record-channel')?.focus(),
    }),
    [],
  );
  useShortcuts(shortcuts);

  return (
    <div className="record-contact">
      <h1>Record a contact</h1>
      <QuickLog serviceRef={quickService} />
      <section aria-labelledby="full-contact-heading" className="panel">
        <h2 id="full-contact-heading" ref={fullHeading}>
          Full contact <kbd>Alt+N</kbd>
        </h2>
        {saved && <p className="confirmation">✓ {saved}</p>}
        <ContactForm
          idPrefix="record"
          submitLabel="Save contact"
          onSave={recordContact}
          onSaved={(contact) => {
            const message = `Saved: ${CHANNEL_LABELS[contact.channel]} contact about ${contact.serviceName}, ${OUTCOME_LABELS[contact.outcome].toLowerCase()}, at ${formatTime(contact.endedAt)}.`;
            setSaved(message);
            announce(message);
            document.getElementById('record-channel')?.focus();
          }}
        />
      </section>
    </div>
  );
}
