import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ContactRecord } from '../../../../shared/api';
import { VOID_REASON } from '../../../../shared/api/contacts';
import { formatTime } from '../../format';
import { useAppStore } from '../../store';
import { Field } from '../Field';
import './void-contact.css';

/**
 * The confirm step before a contact is voided (issue 19): says what voiding does, asks why,
 * and voids only on the explicit button. The reason box takes the focus; Escape or "Keep the
 * contact" goes back without a change.
 */
export function VoidContactForm({
  contact,
  onVoided,
  onCancel,
}: {
  contact: ContactRecord;
  onVoided: (contact: ContactRecord) => void;
  onCancel: () => void;
}) {
  const voidContact = useAppStore((s) => s.voidContact);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const id = `void-${contact.id}`;
  const when = formatTime(contact.startedAt);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await voidContact(contact.id, reason);
    setSaving(false);
    if (result.ok) return onVoided(result.contact);
    setError(result.error.message);
    box.current?.focus();
  }

  return (
    <form
      className="void-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h2 id={`${id}-heading`} className="inline-heading">
        Void the {when} contact about {contact.serviceName}?
      </h2>
      <p>
        Voiding is for a contact recorded in error: recorded twice, for the wrong customer, or never
        happened. It stays on your list and in its history, struck through and marked “Void”, and
        leaves every figure. After today only a team leader can void a contact. If only some details
        are wrong, keep it and use Correct instead.
      </p>
      <Field
        id={`${id}-reason`}
        label="Why is this contact void?"
        hint={`${VOID_REASON.min} to ${VOID_REASON.max} characters, for example “Recorded twice”.`}
        error={error}
      >
        <textarea
          ref={box}
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          Void the contact
        </button>
        <button type="button" onClick={onCancel}>
          Keep the contact
        </button>
      </div>
    </form>
  );
}
