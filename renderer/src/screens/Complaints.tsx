import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FeedbackView } from '../../../shared/api';
import { COMPLAINT_OFFICERS, hasRole } from '../../../shared/api/access-rules';
import type { FeedbackKind } from '../../../shared/domain/feedback';
import { callApi } from '../api/client';
import '../components/complaints/complaints.css';
import { FeedbackDetail } from '../components/complaints/FeedbackDetail';
import { FeedbackFiguresPanel } from '../components/complaints/FeedbackFiguresPanel';
import { FeedbackList, type FeedbackListView } from '../components/complaints/FeedbackList';
import { LogFeedbackForm } from '../components/complaints/LogFeedbackForm';
import { useShortcuts } from '../hooks/useShortcuts';
import { useAppStore } from '../store';

/**
 * Complaints, compliments and comments in one place (NeSDS standards 7 and 20): log them,
 * follow each complaint through its stages, and count a month by service.
 */
export function Complaints() {
  // The figures are the complaints officers' (shared/api/access-rules.ts).
  const showFigures = useAppStore((s) => hasRole(s.session!.staff, COMPLAINT_OFFICERS));
  const [view, setView] = useState<FeedbackListView>('open');
  const [kind, setKind] = useState<FeedbackKind | ''>('');
  const [items, setItems] = useState<FeedbackView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [open, setOpen] = useState<FeedbackView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** How many times the list has arrived, so focus waits for a list newer than a change. */
  const [loads, setLoads] = useState(0);
  /** The record just closed, whose row gets the focus back once a fresh list is showing. */
  const [returnTo, setReturnTo] = useState<{ id: string; afterLoad: number } | null>(null);
  const [logged, setLogged] = useState(0);

  const load = useCallback(() => {
    void callApi('feedback.list', { view, ...(kind ? { kind } : {}) }).then((r) => {
      if (!r.ok) return setLoadError(r.error.message);
      setLoadError(null);
      setItems(r.value);
      setLoads((n) => n + 1);
    });
  }, [view, kind]);
  useEffect(load, [load]);

  useEffect(() => {
    if (open || !returnTo || loads <= returnTo.afterLoad) return;
    // The row if the record is still in this view; else the list's heading.
    const target =
      document.getElementById(`open-${returnTo.id}`) ??
      document.getElementById('feedback-list-heading');
    target?.focus();
    setReturnTo(null);
  }, [open, returnTo, loads]);

  useShortcuts(
    useMemo(
      () => ({
        g: () => {
          setOpen(null);
          // After a render, in case the record was open and the form not yet on screen.
          window.setTimeout(() => document.getElementById('log-kind')?.focus());
        },
      }),
      [],
    ),
  );

  function openItem(item: FeedbackView) {
    setNotice(null);
    setOpen(item);
  }

  return (
    <div className="complaints">
      <h1>Complaints and feedback</h1>
      {loadError && (
        <p role="alert" className="error-text">
          {loadError}
        </p>
      )}
      {open ? (
        <FeedbackDetail
          item={open}
          notice={notice}
          onChanged={(item, words) => {
            setOpen(item);
            setNotice(words);
            load();
          }}
          onBack={() => {
            setReturnTo({ id: open.id, afterLoad: loads });
            setOpen(null);
            load();
            setNotice(null);
          }}
        />
      ) : (
        <>
          <FeedbackList
            view={view}
            kind={kind}
            items={items}
            onView={setView}
            onKind={setKind}
            onOpen={openItem}
          />
          <LogFeedbackForm
            onLogged={() => {
              load();
              setLogged((n) => n + 1);
            }}
            onOpen={openItem}
          />
          {showFigures && <FeedbackFiguresPanel refreshKey={logged} />}
        </>
      )}
    </div>
  );
}
