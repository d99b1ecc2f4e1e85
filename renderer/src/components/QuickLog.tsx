import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ContactRecord } from '../../../shared/api';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../../../shared/domain/channels';
import { formatTime } from '../format';
import { useMutationId } from '../hooks/useMutationId';
import { useSubmitGuard } from '../hooks/useSubmitGuard';
import { useAppStore } from '../store';
import { Field } from './Field';

/**
 * Quick log: an anonymous enquiry resolved at first contact, without the mouse.
 * Alt+Q (or Alt+1), type the first letters of the service, Enter. The channel is remembered,
 * so the service, not the channel, is where the screen puts the cursor.
 */
export function QuickLog({
  serviceRef,
  onLogged,
}: {
  serviceRef: React.RefObject<HTMLSelectElement | null>;
  /** The contact just logged (Record a contact offers its survey). */
  onLogged?: (contact: ContactRecord) => void;
}) {
  const reference = useAppStore((s) => s.reference);
  const quickLog = useAppStore((s) => s.quickLog);
  const announce = useAppStore((s) => s.announce);
  const [channel, setChannel] = useState<Channel>('telephone');
  const [serviceId, setServiceId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [lastLogged, setLastLogged] = useState<string | null>(null);
  const startedAt = useRef<string | null>(null);
  const { guard } = useSubmitGuard();
  const mutation = useMutationId();

  function markStarted() {
    startedAt.current ??= new Date().toISOString();
  }

  // Enter pressed twice while the first is saving logs one enquiry, not two.
  const submit = guard(async (_event: FormEvent | KeyboardEvent<HTMLFormElement>) => {
    // The last confirmation goes as the next log starts, never to sit beside a new error.
    setLastLogged(null);
    const result = await quickLog(
      startedAt.current
        ? { channel, serviceId, startedAt: startedAt.current }
        : { channel, serviceId },
      { mutationId: mutation.current() },
    );
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    mutation.renew();
    const message = `Logged: ${CHANNEL_LABELS[channel]} enquiry about ${result.contact.serviceName}, resolved, at ${formatTime(result.contact.endedAt)}.`;
    setError(null);
    setLastLogged(message);
    announce(message);
    setServiceId('');
    startedAt.current = null;
    serviceRef.current?.focus();
    onLogged?.(result.contact);
  });

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    markStarted();
    if (event.key === 'Enter' && !event.altKey) {
      submit(event);
    }
  }

  return (
    <form
      className="quick-log"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onChange={() => setLastLogged(null)}
      onFocus={markStarted}
      noValidate
      aria-labelledby="quick-log-heading"
    >
      <h2 id="quick-log-heading">
        Quick log <kbd>Alt+Q</kbd>
      </h2>
      <p className="hint">
        An anonymous enquiry resolved there and then: choose the service and press Enter.
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="row">
        <Field id="quick-channel" label="Channel">
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="quick-service" label="Service" error={error ?? undefined}>
          <select
            ref={serviceRef}
            data-autofocus
            value={serviceId}
            onChange={(e) => setServiceId(e.target.value)}
          >
            <option value="">Choose the service…</option>
            {reference?.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="primary">
          Log resolved enquiry <kbd>Enter</kbd>
        </button>
      </div>
      {lastLogged && <p className="confirmation">✓ {lastLogged}</p>}
    </form>
  );
}
