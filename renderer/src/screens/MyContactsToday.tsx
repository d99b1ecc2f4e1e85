import { Fragment, useEffect, useState } from 'react';
import type { ChangeLogEntry, ContactRecord, SurveyView } from '../../../shared/api';
import { mayVoidContact } from '../../../shared/api/access-rules';
import { CHANNEL_LABELS } from '../../../shared/domain/channels';
import { OUTCOME_LABELS } from '../../../shared/domain/outcomes';
import { callApi } from '../api/client';
import { ContactForm } from '../components/ContactForm';
import { ContactHistory } from '../components/contacts/ContactHistory';
import { VoidContactForm } from '../components/contacts/VoidContactForm';
import { VoidMark } from '../components/contacts/VoidMark';
import { FcrSummary } from '../components/FcrSummary';
import { surveySavedText, surveyStateText } from '../components/surveys/survey-format';
import { SurveyForm } from '../components/surveys/SurveyForm';
import { VisitsAwaitingContact } from '../components/VisitsAwaitingContact';
import { formatDay, formatDuration, formatTime } from '../format';
import { useAppStore } from '../store';

export function MyContactsToday() {
  const today = useAppStore((s) => s.today);
  const loadToday = useAppStore((s) => s.loadToday);
  const correctContact = useAppStore((s) => s.correctContact);
  const announce = useAppStore((s) => s.announce);
  const setScreen = useAppStore((s) => s.setScreen);
  const me = useAppStore((s) => s.session?.staff);
  const [editing, setEditing] = useState<string | null>(null);
  /** The contact whose void form (the confirm step) is open. */
  const [voiding, setVoiding] = useState<string | null>(null);
  const [history, setHistory] = useState<{ id: string; entries: ChangeLogEntry[] } | null>(null);
  /** Each contact's exit survey (NeSDS 17), and the contact whose survey form is open. */
  const [surveys, setSurveys] = useState<Map<string, SurveyView>>(new Map());
  const [surveying, setSurveying] = useState<string | null>(null);

  useEffect(() => {
    void loadToday();
  }, [loadToday]);

  useEffect(() => {
    if (!today || today.contacts.length === 0) return;
    void callApi('surveys.ofContacts', { contactIds: today.contacts.map((c) => c.id) }).then(
      (r) => r.ok && setSurveys(new Map(r.value.map((s) => [s.contactId, s]))),
    );
  }, [today]);

  async function showHistory(contact: ContactRecord) {
    if (history?.id === contact.id) return setHistory(null);
    const result = await callApi('contacts.history', { id: contact.id });
    if (result.ok) setHistory({ id: contact.id, entries: result.value });
  }

  if (!today) return <p aria-busy="true">Loading your contacts…</p>;

  return (
    <div className="my-contacts">
      <h1>My contacts today</h1>
      <p className="subtitle">{formatDay(today.date)}</p>
      <FcrSummary figure={today.fcr} label="My first-contact resolution today" />
      <VisitsAwaitingContact onOpen={() => setScreen('desk')} />
      {today.contacts.length === 0 ? (
        <p>You have not recorded any contacts today.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Contacts you recorded today, earliest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Channel</th>
              <th scope="col">Service</th>
              <th scope="col">Type of enquiry</th>
              <th scope="col">Customer</th>
              <th scope="col">Outcome</th>
              <th scope="col">Duration</th>
              <th scope="col">Survey</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {today.contacts.map((c) => (
              <Fragment key={c.id}>
                <tr data-testid="contact-row" className={c.voided ? 'voided' : undefined}>
                  <td>{formatTime(c.startedAt)}</td>
                  <td>{CHANNEL_LABELS[c.channel]}</td>
                  <td>{c.serviceName}</td>
                  <td>{c.interactionTypeName}</td>
                  <td>{c.customerTypeName}</td>
                  <td>
                    {OUTCOME_LABELS[c.outcome]}
                    {c.departmentName && ` (${c.departmentName})`}
                    {c.partnerName && ` (${c.partnerName})`}
                    {c.corrected && <span className="tag">Corrected</span>}
                    {c.voided && (
                      <>
                        {' '}
                        <VoidMark voided={c.voided} />
                      </>
                    )}
                  </td>
                  <td>{formatDuration(c.durationSeconds)}</td>
                  <td className="survey-cell">
                    {surveys.has(c.id) ? (
                      <span className="survey-state" id={`survey-state-${c.id}`} tabIndex={-1}>
                        {surveyStateText(surveys.get(c.id)!)}
                      </span>
                    ) : c.voided ? (
                      <span className="void-mark">Not surveyed: void</span>
                    ) : (
                      <button
                        type="button"
                        id={`survey-${c.id}`}
                        onClick={() => setSurveying(surveying === c.id ? null : c.id)}
                        aria-expanded={surveying === c.id}
                      >
                        Survey
                        <span className="visually-hidden">
                          {' '}
                          the {formatTime(c.startedAt)} contact
                        </span>
                      </button>
                    )}
                  </td>
                  <td>
                    <div className="row-actions">
                      {!c.voided && (
                        <button
                          type="button"
                          onClick={() => setEditing(editing === c.id ? null : c.id)}
                          aria-expanded={editing === c.id}
                        >
                          Correct
                          <span className="visually-hidden">
                            {' '}
                            the {formatTime(c.startedAt)} contact
                          </span>
                        </button>
                      )}
                      {/* Only what the back end would accept (shared/api/access-rules.ts). */}
                      {!c.voided && me && mayVoidContact(me, c, new Date()) && (
                        <button
                          type="button"
                          id={`void-button-${c.id}`}
                          onClick={() => setVoiding(voiding === c.id ? null : c.id)}
                          aria-expanded={voiding === c.id}
                        >
                          Void
                          <span className="visually-hidden">
                            {' '}
                            the {formatTime(c.startedAt)} contact
                          </span>
                        </button>
                      )}
                      <button
                        type="button"
                        id={`history-button-${c.id}`}
                        onClick={() => void showHistory(c)}
                        aria-expanded={history?.id === c.id}
                      >
                        History
                        <span className="visually-hidden">
                          {' '}
                          of the {formatTime(c.startedAt)} contact
                        </span>
                      </button>
                    </div>
                  </td>
                </tr>
                {editing === c.id && (
                  <tr>
                    <td colSpan={9}>
                      <h2 className="inline-heading">
                        Correct the {formatTime(c.startedAt)} contact
                      </h2>
                      <ContactForm
                        idPrefix={`correct-${c.id}`}
                        original={c}
                        submitLabel="Save correction"
                        onSave={(fields, options) => correctContact(c.id, fields, options)}
                        onSaved={() => {
                          setEditing(null);
                          announce('Correction saved; it is in the contact’s history.');
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                )}
                {voiding === c.id && (
                  <tr>
                    <td colSpan={9}>
                      <VoidContactForm
                        contact={c}
                        onVoided={() => {
                          setVoiding(null);
                          announce(
                            `The ${formatTime(c.startedAt)} contact is void: kept, struck through, and out of the figures.`,
                          );
                          window.setTimeout(() =>
                            document.getElementById(`history-button-${c.id}`)?.focus(),
                          );
                        }}
                        onCancel={() => {
                          setVoiding(null);
                          document.getElementById(`void-button-${c.id}`)?.focus();
                        }}
                      />
                    </td>
                  </tr>
                )}
                {surveying === c.id && (
                  <tr>
                    <td colSpan={9}>
                      <SurveyForm
                        contactId={c.id}
                        idPrefix={`survey-form-${c.id}`}
                        mode={{ kind: 'contact' }}
                        heading={`Satisfaction survey: the ${formatTime(c.startedAt)} contact about ${c.serviceName}`}
                        onSaved={(survey) => {
                          setSurveys((all) => new Map(all).set(c.id, survey));
                          setSurveying(null);
                          announce(surveySavedText(survey));
                          window.setTimeout(() =>
                            document.getElementById(`survey-state-${c.id}`)?.focus(),
                          );
                        }}
                        onCancel={() => {
                          setSurveying(null);
                          document.getElementById(`survey-${c.id}`)?.focus();
                        }}
                      />
                    </td>
                  </tr>
                )}
                {history?.id === c.id && (
                  <tr>
                    <td colSpan={9}>
                      <ContactHistory entries={history.entries} voided={c.voided} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
