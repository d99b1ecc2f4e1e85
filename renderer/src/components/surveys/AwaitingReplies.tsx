import { Fragment, useCallback, useEffect, useState } from 'react';
import type { AwaitingSurvey } from '../../../../shared/api';
import { AWAITING_LIMIT } from '../../../../shared/api/surveys';
import { CHANNEL_LABELS } from '../../../../shared/domain/channels';
import { SURVEY_SENT_WORDS } from '../../../../shared/domain/surveys';
import { londonDateOf } from '../../../../shared/time/london';
import { callApi } from '../../api/client';
import { formatDateTime, formatDay } from '../../format';
import { useAppStore } from '../../store';
import { surveyOutcomeText } from './survey-format';
import { SurveyForm } from './SurveyForm';

/**
 * Surveys sent to answer later with no reply yet, newest first: anyone records the reply
 * that came back, so it counts with the contact it is about (NeSDS standard 17).
 */
export function AwaitingReplies({ onRecorded }: { onRecorded: () => void }) {
  const announce = useAppStore((s) => s.announce);
  const [list, setList] = useState<AwaitingSurvey[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    void callApi('surveys.awaiting', {}).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setList(r.value);
    });
  }, []);
  useEffect(load, [load]);

  const describe = (s: AwaitingSurvey) =>
    `${s.serviceName} contact of ${formatDay(londonDateOf(s.contactStartedAt))}`;

  return (
    <section className="panel" aria-labelledby="awaiting-heading">
      <h2 id="awaiting-heading" tabIndex={-1}>
        Replies awaiting
      </h2>
      <p className="hint">
        Surveys sent for the customer to answer later. When a reply comes back, record it here.
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {notice && (
        <p className="confirmation" role="status" data-testid="reply-recorded">
          ✓ {notice}
        </p>
      )}
      {list && list.length === 0 && <p>No surveys are awaiting a reply.</p>}
      {list && list.length === AWAITING_LIMIT && (
        <p className="hint">
          The {AWAITING_LIMIT} most recently sent are shown; older surveys with no reply are left
          off.
        </p>
      )}
      {list && list.length > 0 && (
        <table className="data-table" data-testid="awaiting-replies">
          <caption className="visually-hidden">Surveys awaiting a reply, newest sent first</caption>
          <thead>
            <tr>
              <th scope="col">Sent</th>
              <th scope="col">Contact</th>
              <th scope="col">Channel</th>
              <th scope="col">Service</th>
              <th scope="col">Customer</th>
              <th scope="col">Adviser</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <Fragment key={s.surveyId}>
                <tr data-testid="awaiting-row">
                  <td>
                    {formatDay(londonDateOf(s.sentAt))}, {SURVEY_SENT_WORDS[s.sentVia]}
                  </td>
                  <td>{formatDateTime(s.contactStartedAt)}</td>
                  <td>{CHANNEL_LABELS[s.channel]}</td>
                  <td>{s.serviceName}</td>
                  <td>{s.customerName ?? `${s.customerTypeName} (no record)`}</td>
                  <td>
                    {s.adviserName}, {s.siteName}
                  </td>
                  <td>
                    <button
                      type="button"
                      id={`reply-${s.contactId}`}
                      aria-expanded={open === s.contactId}
                      onClick={() => setOpen(open === s.contactId ? null : s.contactId)}
                    >
                      Record the reply
                      <span className="visually-hidden"> to the survey on the {describe(s)}</span>
                    </button>
                  </td>
                </tr>
                {open === s.contactId && (
                  <tr>
                    <td colSpan={7}>
                      <SurveyForm
                        contactId={s.contactId}
                        idPrefix={`reply-form-${s.contactId}`}
                        mode={{ kind: 'reply', sentAt: s.sentAt }}
                        heading={`The reply about the ${describe(s)}`}
                        onSaved={(survey) => {
                          const words = `Reply recorded for the ${describe(s)}: ${surveyOutcomeText(survey)}.`;
                          setOpen(null);
                          setNotice(words);
                          announce(words);
                          load();
                          onRecorded();
                          document.getElementById('awaiting-heading')?.focus();
                        }}
                        onCancel={() => {
                          setOpen(null);
                          document.getElementById(`reply-${s.contactId}`)?.focus();
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
