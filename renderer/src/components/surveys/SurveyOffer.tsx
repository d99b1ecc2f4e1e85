import { useMemo, useState } from 'react';
import type { ContactRecord, SurveyView } from '../../../../shared/api';
import { CHANNEL_LABELS } from '../../../../shared/domain/channels';
import { formatTime } from '../../format';
import { useShortcuts } from '../../hooks/useShortcuts';
import { useAppStore } from '../../store';
import { surveySavedText } from './survey-format';
import { SurveyForm } from './SurveyForm';

/**
 * After a contact is saved: the exit survey offered there and then (NeSDS standard 17, a
 * survey per transaction), opened with Alt+U so the adviser need not reach for the mouse.
 * Key it by the contact, so each new contact gets a fresh offer.
 */
export function SurveyOffer({
  contact,
  idPrefix,
  onDone,
}: {
  contact: ContactRecord;
  idPrefix: string;
  /** Where the adviser goes next: the survey saved, or not asked. */
  onDone: () => void;
}) {
  const announce = useAppStore((s) => s.announce);
  const [open, setOpen] = useState(false);
  const [survey, setSurvey] = useState<SurveyView | null>(null);
  useShortcuts(
    useMemo(() => ({ u: () => setOpen(true) }), []),
    !survey,
  );

  if (survey) {
    return (
      <p className="confirmation" data-testid="survey-saved">
        ✓ {surveySavedText(survey)}
      </p>
    );
  }
  if (open) {
    return (
      <SurveyForm
        contactId={contact.id}
        idPrefix={idPrefix}
        mode={{ kind: 'contact' }}
        heading={`Satisfaction survey: ${CHANNEL_LABELS[contact.channel].toLowerCase()} contact about ${contact.serviceName} at ${formatTime(contact.startedAt)}`}
        onSaved={(saved) => {
          setSurvey(saved);
          announce(surveySavedText(saved));
          onDone();
        }}
        onCancel={() => {
          setOpen(false);
          onDone();
        }}
      />
    );
  }
  return (
    <button type="button" onClick={() => setOpen(true)}>
      Ask the satisfaction survey <kbd>Alt+U</kbd>
    </button>
  );
}
