import type { FeedbackView } from '../../../../shared/api';
import { CHANNEL_LABELS } from '../../../../shared/domain/channels';
import {
  COMPLAINT_STAGE_LABELS,
  FEEDBACK_KINDS,
  FEEDBACK_KIND_LABELS,
  type FeedbackKind,
} from '../../../../shared/domain/feedback';
import { londonDateOf } from '../../../../shared/time/london';
import { formatDay } from '../../format';
import { ClockState } from './ClockState';
import { currentStage, itemClockWords } from './feedback-format';

export type FeedbackListView = 'open' | 'all';

const VIEWS: { view: FeedbackListView; label: string }[] = [
  { view: 'open', label: 'Open' },
  { view: 'all', label: 'All' },
];

function replyDue(item: FeedbackView): string {
  const stage = currentStage(item);
  if (!stage) return '–';
  if (stage.stage === 'ombudsman') return 'Set by the ombudsman';
  return stage.dueDate ? formatDay(stage.dueDate) : '–';
}

/** Open complaints (or everything), newest first as the back end orders them. */
export function FeedbackList({
  view,
  kind,
  items,
  onView,
  onKind,
  onOpen,
}: {
  view: FeedbackListView;
  kind: FeedbackKind | '';
  items: FeedbackView[] | null;
  onView: (view: FeedbackListView) => void;
  onKind: (kind: FeedbackKind | '') => void;
  onOpen: (item: FeedbackView) => void;
}) {
  const what = kind ? `${FEEDBACK_KIND_LABELS[kind].toLowerCase()}s` : 'items';
  const heading =
    view === 'open'
      ? `Open ${kind === '' ? 'complaints' : what}`
      : kind === ''
        ? 'Everything logged'
        : `All ${what}`;
  return (
    <section aria-labelledby="feedback-list-heading" className="feedback-list">
      <h2 id="feedback-list-heading" tabIndex={-1}>
        {heading}
      </h2>
      <div className="filters">
        <nav aria-label="Which items" className="view-tabs">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.view}>
                <button
                  type="button"
                  aria-pressed={view === v.view}
                  onClick={() => onView(v.view)}
                  data-testid={`feedback-view-${v.view}`}
                >
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <label htmlFor="feedback-filter-kind">Kind</label>
        <select
          id="feedback-filter-kind"
          value={kind}
          onChange={(e) => onKind(e.target.value as FeedbackKind | '')}
        >
          <option value="">Complaints, compliments and comments</option>
          {FEEDBACK_KINDS.map((k) => (
            <option key={k} value={k}>
              {FEEDBACK_KIND_LABELS[k]}s only
            </option>
          ))}
        </select>
      </div>
      {view === 'open' && (
        <p className="hint">
          Compliments and comments are closed when logged; choose All to see them.
        </p>
      )}
      {items && items.length === 0 && (
        <p data-testid="feedback-empty">
          {view === 'open'
            ? `No open ${kind === '' ? 'complaints' : what}.`
            : `No ${what} logged yet.`}
        </p>
      )}
      {items && items.length > 0 && (
        <table className="data-table feedback-table">
          <caption className="visually-hidden">
            {view === 'open' ? 'Open items' : 'All items'}, most recently received first
          </caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Received</th>
              <th scope="col">Kind</th>
              <th scope="col">Service</th>
              <th scope="col">Customer</th>
              <th scope="col">Stage</th>
              <th scope="col">Reply due</th>
              <th scope="col">Clock</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-testid="feedback-row" data-reference={item.reference}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    id={`open-${item.id}`}
                    onClick={() => onOpen(item)}
                  >
                    {item.reference}
                  </button>
                </th>
                <td>
                  {formatDay(londonDateOf(item.receivedAt))}
                  <span className="hint">{CHANNEL_LABELS[item.channel]}</span>
                </td>
                <td>{FEEDBACK_KIND_LABELS[item.kind]}</td>
                <td>{item.serviceName}</td>
                <td>{item.customerName ?? <span className="hint">Not linked</span>}</td>
                <td className="stage-cell">
                  {item.stage ? COMPLAINT_STAGE_LABELS[item.stage] : '–'}
                  {item.kind === 'complaint' && (
                    <span className="hint">{item.status === 'open' ? 'Open' : 'Answered'}</span>
                  )}
                </td>
                <td>{replyDue(item)}</td>
                <td>
                  <ClockState clock={itemClockWords(item)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
