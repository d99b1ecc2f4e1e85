import { useMemo, useRef, useState } from 'react';
import { CHANNEL_LABELS } from '../../../shared/domain/channels';
import { OUTCOME_LABELS } from '../../../shared/domain/outcomes';
import type { ContactRecord } from '../../../shared/api';
import { ContactForm } from '../components/ContactForm';
import { HandOffForm } from '../components/hand-offs/HandOffForm';
import { QuickLog } from '../components/QuickLog';
import { SurveyOffer } from '../components/surveys/SurveyOffer';
import { formatTime } from '../format';
import { useShortcuts } from '../hooks/useShortcuts';
import { useAppStore } from '../store';

export function RecordContact() {
  const recordContact = useAppStore((s) => s.recordContact);
  const announce = useAppStore((s) => s.announce);
  const quickService = useRef<HTMLSelectElement>(null);
  const fullHeading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [lastSaved, setLastSaved] = useState<ContactRecord | null>(null);
  const [handingOff, setHandingOff] = useState(false);
  /** The contact just saved, by either form, whose exit survey is offered (NeSDS 17). */
  const [surveyFor, setSurveyFor] = useState<{ contact: ContactRecord; quick: boolean } | null>(
    null,
  );
  const survey = (quick: boolean) =>
    surveyFor?.quick === quick && (
      <SurveyOffer
        key={surveyFor.contact.id}
        contact={surveyFor.contact}
        idPrefix="record-survey"
        onDone={() =>
          quick ? quickService.current?.focus() : document.getElementById('record-channel')?.focus()
        }
      />
    );

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
      <QuickLog
        serviceRef={quickService}
        onLogged={(contact) => setSurveyFor({ contact, quick: true })}
      />
      {surveyFor?.quick && <div className="survey-offer-quick">{survey(true)}</div>}
      <section aria-labelledby="full-contact-heading" className="panel">
        <h2 id="full-contact-heading" ref={fullHeading}>
          Full contact <kbd>Alt+N</kbd>
        </h2>
        {saved && (
          <div className="confirmation-row">
            <p className="confirmation">✓ {saved}</p>
            {lastSaved && !handingOff && (
              <button type="button" onClick={() => setHandingOff(true)}>
                Hand off this contact to a department
              </button>
            )}
            {!handingOff && survey(false)}
          </div>
        )}
        {lastSaved && handingOff && (
          <HandOffForm
            key={lastSaved.id}
            contact={lastSaved}
            onClose={() => {
              setHandingOff(false);
              document.getElementById('record-channel')?.focus();
            }}
          />
        )}
        {/* The next contact starting (a first change, or a save) clears the last one's
            confirmation and its follow-ups, so "Saved" never sits above a new refusal. */}
        <div onChange={() => setSaved(null)} onSubmit={() => setSaved(null)}>
          <ContactForm
            idPrefix="record"
            submitLabel="Save contact"
            draftForm="record-contact"
            onSave={recordContact}
            onSaved={(contact) => {
              const message = `Saved: ${CHANNEL_LABELS[contact.channel]} contact about ${contact.serviceName}, ${OUTCOME_LABELS[contact.outcome].toLowerCase()}, at ${formatTime(contact.endedAt)}.`;
              setSaved(message);
              announce(message);
              setLastSaved(contact);
              setSurveyFor({ contact, quick: false });
              // A contact recorded as handed off goes straight on to the hand-off itself.
              setHandingOff(contact.outcome === 'handed_off');
              if (contact.outcome !== 'handed_off')
                document.getElementById('record-channel')?.focus();
            }}
          />
        </div>
      </section>
    </div>
  );
}
