import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CorrespondenceItem, WorkList, WorkListView } from '../../../shared/api';
import { callApi } from '../api/client';
import { CorrespondenceFiguresPanel } from '../components/CorrespondenceFiguresPanel';
import { ItemDetail } from '../components/ItemDetail';
import { LogItemForm } from '../components/LogItemForm';
import {
  CORRESPONDENCE_CHANNEL_LABELS,
  STATE_WORDS,
  daysLeftWords,
  formatDue,
} from '../correspondence-format';
import { formatDay } from '../format';
import { useShortcuts } from '../hooks/useShortcuts';
import { useAppStore } from '../store';

const VIEWS: { view: WorkListView; label: string }[] = [
  { view: 'all', label: 'All open' },
  { view: 'mine', label: 'Mine' },
  { view: 'my_team', label: 'My team' },
  { view: 'overdue', label: 'Overdue' },
  { view: 'due_today', label: 'Due today' },
  { view: 'due_within_2', label: 'Due within 2 working days' },
  { view: 'closed', label: 'Answered' },
];

/** The inbox work list: letters, emails, web forms, SMS and faxes ordered by due date. */
export function CorrespondenceList() {
  const reference = useAppStore((s) => s.reference);
  const [view, setView] = useState<WorkListView>('all');
  const [serviceId, setServiceId] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [list, setList] = useState<WorkList | null>(null);
  const [open, setOpen] = useState<CorrespondenceItem | null>(null);

  const load = useCallback(() => {
    void callApi('correspondence.list', {
      view,
      ...(serviceId ? { serviceId } : {}),
      ...(departmentId ? { departmentId } : {}),
    }).then((r) => r.ok && setList(r.value));
  }, [view, serviceId, departmentId]);
  useEffect(load, [load]);
  useShortcuts(useMemo(() => ({ g: () => document.getElementById('log-channel')?.focus() }), []));

  if (open) {
    return (
      <ItemDetail
        item={open}
        onChanged={(item) => {
          setOpen(item);
          load();
        }}
        onClose={() => setOpen(null)}
      />
    );
  }
  return (
    <div className="correspondence">
      <h1>Letters, emails and forms</h1>
      <nav aria-label="Work list views" className="view-tabs">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.view}>
              <button
                type="button"
                aria-pressed={view === v.view}
                onClick={() => setView(v.view)}
                data-testid={`view-${v.view}`}
              >
                {v.label}
                {v.view !== 'closed' && list && ` (${list.counts[v.view]})`}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="filters">
        <label htmlFor="filter-service">Service</label>
        <select
          id="filter-service"
          value={serviceId}
          onChange={(e) => setServiceId(e.target.value)}
        >
          <option value="">All services</option>
          {reference?.services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <label htmlFor="filter-department">Redirected to</label>
        <select
          id="filter-department"
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
        >
          <option value="">Any department</option>
          {reference?.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      {list && list.items.length === 0 && <p>Nothing in this view.</p>}
      {list && list.items.length > 0 && (
        <table className="data-table work-list">
          <caption className="visually-hidden">Items ordered by due date, soonest first</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Received</th>
              <th scope="col">From</th>
              <th scope="col">Service and subject</th>
              <th scope="col">Reply due</th>
              <th scope="col">Clock</th>
              <th scope="col">Assigned</th>
              <th scope="col">Holding reply</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id} data-testid="item-row">
                <th scope="row">
                  <button type="button" className="link" onClick={() => setOpen(item)}>
                    {item.reference}
                  </button>
                </th>
                <td>
                  {formatDay(item.receivedDate)}
                  <span className="hint">{CORRESPONDENCE_CHANNEL_LABELS[item.channel]}</span>
                </td>
                <td>{item.customerName ?? item.senderAddress ?? 'Unknown'}</td>
                <td>
                  {item.serviceName}
                  <span className="hint">{item.subject}</span>
                </td>
                <td>{formatDue(item.dueDate)}</td>
                <td>
                  <span className={`reply-state state-${item.state}`}>
                    {STATE_WORDS[item.state].symbol} {daysLeftWords(item)}
                  </span>
                </td>
                <td>{item.assignedToName ?? '–'}</td>
                <td>
                  {item.holdingReplies.length > 0
                    ? `Sent; now expected ${formatDay(item.holdingReplies.at(-1)!.expectedDate)}`
                    : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LogItemForm onLogged={load} />
      <CorrespondenceFiguresPanel />
    </div>
  );
}
