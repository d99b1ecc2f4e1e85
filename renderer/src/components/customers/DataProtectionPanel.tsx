import { useState, type FormEvent } from 'react';
import type { CustomerView } from '../../../../shared/api';
import { ERASE_REASON_MAX, ERASE_REASON_MIN } from '../../../../shared/api/data-protection';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { formatDay } from '../../format';
import { londonDateOf } from '../../../../shared/time/london';
import { useAppStore } from '../../store';
import { ErrorSummary, problemsOf, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';

/** Saves bytes the back end sent as base64 to the person's downloads (the CSV exports' way). */
function downloadZip(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * For team leaders and administrators on a customer's record: a copy of everything held for a
 * subject access request (UK GDPR Art. 15), and erasure of their personal details at their
 * request (Art. 17), with the reason, which the audit log keeps.
 */
export function DataProtectionPanel({
  view,
  onErased,
}: {
  view: CustomerView;
  onErased: (view: CustomerView, words: string) => void;
}) {
  const announce = useAppStore((s) => s.announce);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  function say(words: string) {
    setStatus(words);
    announce(words);
  }

  async function download() {
    setBusy(true);
    say('Preparing the file of everything we hold…');
    const result = await callApi('customers.subjectAccess', { id: view.id });
    setBusy(false);
    if (!result.ok) return say(`Not downloaded: ${result.error.message}`);
    const { fileName, zipBase64, counts } = result.value;
    downloadZip(fileName, zipBase64);
    const records = Object.values(counts).reduce((a, b) => a + b, 0);
    say(
      `Downloaded ${fileName}: ${records} ${records === 1 ? 'record' : 'records'}, readable (HTML), as JSON and as spreadsheets (CSV). The export is in the audit log.`,
    );
  }

  async function erase(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const result = await callApi('customers.erase', {
      id: view.id,
      reason: textOf(form, 'reason'),
    });
    setBusy(false);
    if (!result.ok) return setProblems(problemsOf(result.error));
    setProblems([]);
    setConfirming(false);
    setStatus('');
    onErased(result.value, 'Personal details erased. The record now shows as Anonymised customer.');
  }

  return (
    <section className="panel data-protection" aria-labelledby="data-protection-heading">
      <h2 id="data-protection-heading">Data protection</h2>
      <p>
        A copy of everything we hold about this customer, for a subject access request, or their
        personal details erased at their request. Counts and figures are kept either way.
      </p>
      {/* A joined desk holds recent history only (issue 21): the download says what it covers. */}
      {view.olderHistory?.before && (
        <p className="hint" data-testid="subject-access-scope">
          This PC keeps recent history only: contacts, visits and closed items from before{' '}
          {formatDay(londonDateOf(view.olderHistory.before))} are on the council server and are not
          in this download.
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void download()} disabled={busy}>
          Download everything we hold (subject access)
        </button>
        <button
          type="button"
          onClick={() => setConfirming(true)}
          aria-expanded={confirming}
          aria-controls="erase-form"
          disabled={busy}
        >
          Erase this customer’s personal details…
        </button>
      </div>
      <p role="status" data-testid="data-protection-status">
        {status}
      </p>
      {confirming && (
        <form
          id="erase-form"
          className="panel erase-form"
          onSubmit={(e) => void erase(e)}
          onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
          noValidate
          aria-labelledby="erase-heading"
        >
          <h3 id="erase-heading">Erase {view.displayName}’s personal details?</h3>
          <p>
            Their name, address, phone, email, date of birth and needs, and the words of their
            contacts, letters, hand-offs, complaints and markers, are removed here and from the
            history of changes. Every record stays, so counts and figures do not change. This cannot
            be undone. It is refused while a letter, hand-off or complaint is still open.
          </p>
          <ErrorSummary title="Nothing was erased" problems={problems} idPrefix="erase" />
          <Field
            id="erase-reason"
            label="Why are they being erased?"
            hint={`${ERASE_REASON_MIN} to ${ERASE_REASON_MAX} characters, for example "Customer asked in writing on 20 November". Kept in the audit log.`}
            error={problems.find((p) => p.field === 'reason')?.message}
          >
            <textarea name="reason" rows={3} maxLength={ERASE_REASON_MAX} autoFocus />
          </Field>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              Erase personal details
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
