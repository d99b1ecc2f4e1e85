import { useEffect, useState } from 'react';
import type { ChangeLogEntry, CorrespondenceItem } from '../../../shared/api';
import { callApi } from '../api/client';
import {
  CORRESPONDENCE_CHANNEL_LABELS,
  STATE_WORDS,
  daysLeftWords,
  formatDue,
} from '../correspondence-format';
import { formatDay, formatTime } from '../format';
import { ItemActions } from './ItemActions';

export function ItemDetail({
  item,
  onChanged,
  onClose,
}: {
  item: CorrespondenceItem;
  onChanged: (item: CorrespondenceItem) => void;
  onClose: () => void;
}) {
  const [history, setHistory] = useState<ChangeLogEntry[]>([]);
  useEffect(() => {
    void callApi('correspondence.history', { id: item.id }).then(
      (r) => r.ok && setHistory(r.value),
    );
  }, [item]);
  const state = STATE_WORDS[item.state];
  return (
    <section className="panel item-detail" aria-labelledby="item-heading">
      <h2 id="item-heading">
        {item.reference}: {item.subject}
      </h2>
      <p className={`reply-state state-${item.state}`} data-testid="item-state">
        {state.symbol} {state.words}: {daysLeftWords(item)}
      </p>
      <dl className="facts">
        <dt>Received</dt>
        <dd>
          {formatDay(item.receivedDate)} at {formatTime(item.receivedAt)} by{' '}
          {CORRESPONDENCE_CHANNEL_LABELS[item.channel].toLowerCase()}
        </dd>
        <dt>From</dt>
        <dd>{item.customerName ?? item.senderAddress ?? 'Unknown sender'}</dd>
        <dt>Service</dt>
        <dd>{item.serviceName}</dd>
        <dt>Full reply due</dt>
        <dd data-testid="due-date">
          {formatDue(item.dueDate)} ({item.replyWorkingDays} working days)
        </dd>
        {item.ackDueDate && (
          <>
            <dt>Acknowledgement</dt>
            <dd>
              {item.acknowledgedAt
                ? `Sent ${formatTime(item.acknowledgedAt)}`
                : `Due by ${formatDue(item.ackDueDate)}`}
            </dd>
          </>
        )}
        <dt>Assigned to</dt>
        <dd>{item.assignedToName ?? 'Nobody yet'}</dd>
        {item.departmentName && (
          <>
            <dt>Redirected to</dt>
            <dd>
              {item.departmentName} ({item.redirectContact}); customer told {item.customerToldAt}
            </dd>
          </>
        )}
        {item.holdingReplies.map((h, i) => (
          <div key={`${h.sentAt}-${i}`} className="facts-row">
            <dt>Holding reply</dt>
            <dd data-testid="holding-reply">
              Sent {formatDay(h.sentAt)}: {h.reason}. Full reply now expected by{' '}
              {formatDay(h.expectedDate)}.
            </dd>
          </div>
        ))}
        {item.respondedAt && (
          <>
            <dt>Full response</dt>
            <dd>
              {formatDay(item.respondedAt.slice(0, 10))} by {item.responseChannel} (
              {item.respondedByName})
            </dd>
          </>
        )}
      </dl>
      <ItemActions item={item} onChanged={onChanged} />
      <h3>History</h3>
      <ol className="history">
        {history.map((e) => (
          <li key={e.id}>
            {formatDay(e.at.slice(0, 10))} {formatTime(e.at)} {e.staffName ?? 'the system'}:{' '}
            {e.changes
              .filter((c) => c.after !== null || c.before !== null)
              .map(
                (c) =>
                  `${c.field} ${c.before === null ? '' : `${String(c.before as string)} → `}${String(c.after as string)}`,
              )
              .join('; ')}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onClose}>
        Back to the work list
      </button>
    </section>
  );
}
