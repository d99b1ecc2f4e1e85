import { useEffect, useRef } from 'react';
import type { ComplaintStageView, FeedbackView } from '../../../../shared/api';
import { CHANNEL_LABELS } from '../../../../shared/domain/channels';
import {
  COMPLAINT_STAGE_LABELS,
  FEEDBACK_KIND_LABELS,
  STAGE_OUTCOME_LABELS,
} from '../../../../shared/domain/feedback';
import { formatDay } from '../../format';
import { useAppStore } from '../../store';
import { ClockState } from './ClockState';
import { ComplaintActions, stageInWords } from './ComplaintActions';
import { formatDayAndTime, stageClockWords } from './feedback-format';

function StageFacts({ stage }: { stage: ComplaintStageView }) {
  const id = `stage-${stage.stage}`;
  return (
    <li>
      <section aria-labelledby={`${id}-heading`} className="stage" data-testid={id}>
        <h4 id={`${id}-heading`}>{COMPLAINT_STAGE_LABELS[stage.stage]}</h4>
        <dl className="facts">
          <dt>{stage.stage === 'stage_1' ? 'Started' : 'Escalated'}</dt>
          <dd>{formatDayAndTime(stage.startedAt)}</dd>
          {stage.reason && (
            <>
              <dt>Why</dt>
              <dd>{stage.reason}</dd>
            </>
          )}
          <dt>Reply due</dt>
          <dd data-testid={`${id}-due`}>
            {stage.dueDate
              ? formatDay(stage.dueDate)
              : stage.stage === 'ombudsman'
                ? 'Set by the ombudsman'
                : 'No standard set'}
          </dd>
          <dt>Clock</dt>
          <dd>
            <ClockState clock={stageClockWords(stage)} testId={`${id}-clock`} />
          </dd>
          <dt>Outcome</dt>
          <dd data-testid={`${id}-outcome`}>
            {stage.outcome ? STAGE_OUTCOME_LABELS[stage.outcome] : 'Not answered yet'}
          </dd>
          {stage.respondedAt && (
            <>
              <dt>Replied</dt>
              <dd>{formatDayAndTime(stage.respondedAt)}</dd>
            </>
          )}
          {stage.response && (
            <>
              <dt>Reply</dt>
              <dd className="feedback-text">{stage.response}</dd>
            </>
          )}
        </dl>
      </section>
    </li>
  );
}

/** One complaint, compliment or comment: what was said, each stage, and what to do next. */
export function FeedbackDetail({
  item,
  notice,
  onChanged,
  onBack,
}: {
  item: FeedbackView;
  notice: string | null;
  onChanged: (item: FeedbackView, notice: string) => void;
  onBack: () => void;
}) {
  const openCustomer = useAppStore((s) => s.openCustomer);
  const heading = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // Focus the heading when the record opens, and the notice after each change (the form
  // that was used may have gone, e.g. once a stage is answered).
  useEffect(() => heading.current?.focus(), [item.id]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice, item]);

  const kind = FEEDBACK_KIND_LABELS[item.kind];
  return (
    <section className="feedback-detail" aria-labelledby="feedback-heading">
      <button type="button" onClick={onBack} className="back">
        <span aria-hidden="true">← </span>Back to the list
      </button>
      <h2 id="feedback-heading" tabIndex={-1} ref={heading}>
        {item.reference}: {kind.toLowerCase()} about {item.serviceName}
      </h2>
      {notice && (
        <p
          className="confirmation"
          role="status"
          tabIndex={-1}
          ref={noticeRef}
          data-testid="feedback-notice"
        >
          <span aria-hidden="true">✓ </span>
          {notice}
        </p>
      )}
      <div className="panel">
        <dl className="facts">
          <dt>Status</dt>
          <dd data-testid="feedback-status">
            {item.kind !== 'complaint'
              ? `${kind} recorded; no reply is due`
              : item.status === 'open'
                ? `Open at ${stageInWords(item.stage!)}`
                : `Answered at ${stageInWords(item.stage!)}`}
          </dd>
          <dt>Received</dt>
          <dd>
            {formatDayAndTime(item.receivedAt)} by {CHANNEL_LABELS[item.channel].toLowerCase()}
          </dd>
          <dt>Service</dt>
          <dd>{item.serviceName}</dd>
          <dt>Customer</dt>
          <dd>
            {item.customerId && item.customerName ? (
              <>
                {item.customerName}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => openCustomer(item.customerId)}
                >
                  Open the customer record
                  <span className="visually-hidden"> for {item.customerName}</span>
                </button>
              </>
            ) : (
              'Not linked to a customer record'
            )}
          </dd>
          <dt>Logged by</dt>
          <dd>{item.loggedByName}</dd>
          {item.aboutNamedStaff && (
            <>
              <dt>Who sees it</dt>
              <dd data-testid="feedback-named-staff">
                Team leaders and administrators only: it is about a named member of staff
              </dd>
            </>
          )}
        </dl>
        <h3>What the customer told us</h3>
        <p className="feedback-text" data-testid="feedback-summary">
          {item.summary}
        </p>
      </div>
      {item.stages.length > 0 && (
        <>
          <h3>Stages</h3>
          <ol className="stages">
            {item.stages.map((s) => (
              <StageFacts key={`${s.stage}-${s.startedAt}`} stage={s} />
            ))}
          </ol>
        </>
      )}
      <ComplaintActions item={item} onChanged={onChanged} />
    </section>
  );
}
