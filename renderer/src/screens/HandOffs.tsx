// Hand-offs to departments (NeSDS standards 22 and 24) for team leaders and department
// liaisons: what is open, what needs escalating, and each department's answers.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HandOffView } from '../../../shared/api';
import { HandOffDetail } from '../components/hand-offs/HandOffDetail';
import { HandOffList } from '../components/hand-offs/HandOffList';
import '../components/hand-offs/hand-offs.css';
import { useAppStore } from '../store';
import { callApi } from '../api/client';

type View = 'open' | 'escalate' | 'all';
const VIEWS: { view: View; label: string }[] = [
  { view: 'open', label: 'Open' },
  { view: 'escalate', label: 'Needs escalating' },
  { view: 'all', label: 'All' },
];
const EMPTY: Record<View, string> = {
  open: 'No hand-offs are waiting for a department’s answer.',
  escalate: 'Nothing needs escalating: every open hand-off is on time.',
  all: 'No hand-offs yet.',
};

export function HandOffs() {
  // Select the list itself: `?? []` inside a selector would be a new array on every render.
  const departments = useAppStore((s) => s.reference?.departments);
  const [view, setView] = useState<View>('open');
  const [departmentId, setDepartmentId] = useState('');
  const [list, setList] = useState<HandOffView[] | null>(null);
  const [open, setOpen] = useState<HandOffView[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [detail, setDetail] = useState<HandOffView | null>(null);
  const returnFocusTo = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    const filter = departmentId ? { departmentId } : {};
    // The open list gives the counts on the view buttons; escalations are open ones flagged.
    const [shown, openOnes] = await Promise.all([
      callApi('handOffs.list', { view, ...filter }),
      view === 'open' ? null : callApi('handOffs.list', { view: 'open', ...filter }),
    ]);
    if (!shown.ok) return setFailure(shown.error.message);
    setFailure(null);
    setList(shown.value);
    if (openOnes === null) setOpen(shown.value);
    else if (openOnes.ok) setOpen(openOnes.value);
  }, [view, departmentId]);
  useEffect(() => void load(), [load]);

  // Back from a hand-off, focus returns to its reference in the list (or to the heading
  // once it has left this view), so a keyboard user carries on where they were.
  useEffect(() => {
    const id = returnFocusTo.current;
    if (detail || !id) return;
    returnFocusTo.current = null;
    const button = document.querySelector<HTMLButtonElement>(`[data-hand-off-id="${id}"]`);
    (button ?? headingRef.current)?.focus();
  }, [detail]);

  if (detail) {
    return (
      <HandOffDetail
        handOff={detail}
        onChanged={(next) => {
          setDetail(next);
          void load();
        }}
        onClose={() => setDetail(null)}
      />
    );
  }

  const counts: Partial<Record<View, number>> = open
    ? { open: open.length, escalate: open.filter((h) => h.escalation).length }
    : {};
  return (
    <div className="hand-offs">
      <h1 tabIndex={-1} ref={headingRef}>
        Hand-offs to departments
      </h1>
      <p className="subtitle">
        Enquiries passed to a department, with the answer due under the agreed standard.
      </p>
      <nav aria-label="Hand-off views" className="view-tabs">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.view}>
              <button
                type="button"
                aria-pressed={view === v.view}
                onClick={() => setView(v.view)}
                data-testid={`hand-off-view-${v.view}`}
              >
                {v.label}
                {counts[v.view] !== undefined && ` (${counts[v.view]})`}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="filters">
        <label htmlFor="hand-off-department">Department</label>
        <select
          id="hand-off-department"
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
        >
          <option value="">All departments</option>
          {departments?.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      {failure && (
        <p role="alert" className="error-text">
          {failure}
        </p>
      )}
      {list === null && !failure && <p aria-busy="true">Loading hand-offs…</p>}
      {list?.length === 0 && <p data-testid="hand-offs-empty">{EMPTY[view]}</p>}
      {list && list.length > 0 && (
        <HandOffList
          handOffs={list}
          onOpen={(h) => {
            returnFocusTo.current = h.id;
            setDetail(h);
          }}
        />
      )}
    </div>
  );
}
