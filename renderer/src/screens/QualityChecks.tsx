import { useCallback, useEffect, useState } from 'react';
import type {
  QualityChecklistItemView,
  QualitySampleSummary,
  QualitySampleView,
  QualityVerification,
} from '../../../shared/api';
import { activeOnly } from '../active-items';
import { callApi } from '../api/client';
import { ChecklistEditor } from '../components/quality/ChecklistEditor';
import { DrawSampleForm } from '../components/quality/DrawSampleForm';
import { QualityResultsPanel } from '../components/quality/QualityResultsPanel';
import { SampleDetail } from '../components/quality/SampleDetail';
import { SampleList } from '../components/quality/SampleList';
import { UsualShareForm } from '../components/quality/UsualShareForm';
import '../components/quality/quality.css';
import { useAppStore } from '../store';

type View = 'samples' | 'results' | 'checklist';

const VIEWS: { view: View; label: string }[] = [
  { view: 'samples', label: 'Samples' },
  { view: 'results', label: 'Results by adviser' },
  { view: 'checklist', label: 'Checklist' },
];

/**
 * Quality checks for team leaders (NeSDS standard 19: quality measured across every channel
 * and service, with formal tools, constantly monitored; standard 20: at least 5% of users
 * targeted): draw a random sample of a period's contacts, score each one against the
 * council's checklist, check a sample can be reproduced from its seed, and follow each
 * adviser's results month by month.
 */
export function QualityChecks() {
  const announce = useAppStore((s) => s.announce);
  const [view, setView] = useState<View>('samples');
  const [samples, setSamples] = useState<QualitySampleSummary[] | null>(null);
  const [checklist, setChecklist] = useState<QualityChecklistItemView[]>([]);
  const [usualPercent, setUsualPercent] = useState<number | null>(null);
  const [open, setOpen] = useState<QualitySampleView | null>(null);
  const [checks, setChecks] = useState<Record<string, QualityVerification>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const [s, c, settings] = await Promise.all([
      callApi('quality.samples', {}),
      callApi('quality.checklist', {}),
      callApi('quality.settings', {}),
    ]);
    if (!s.ok || !c.ok || !settings.ok) {
      const failed = [s, c, settings].find((r) => !r.ok);
      return setLoadError(failed && !failed.ok ? failed.error.message : null);
    }
    setLoadError(null);
    setSamples(s.value);
    setChecklist(c.value);
    setUsualPercent(settings.value.samplePercent);
  }, []);
  useEffect(() => void refresh(), [refresh]);

  async function openSample(id: string) {
    const result = await callApi('quality.sample', { id });
    if (!result.ok) return setLoadError(result.error.message);
    setNotice(null);
    setOpen(result.value);
  }

  async function verify(id: string) {
    const result = await callApi('quality.verify', { id });
    if (!result.ok) return setLoadError(result.error.message);
    setChecks((c) => ({ ...c, [id]: result.value }));
  }

  function closeSample() {
    const id = open?.id;
    setOpen(null);
    void refresh().then(() => document.getElementById(`open-sample-${id}`)?.focus());
  }

  return (
    <div className="quality-checks">
      <h1>Quality checks</h1>
      <p>
        Draw a random sample of the contacts recorded in a period, score each one against the
        council’s checklist, and follow the results for each adviser month by month.
      </p>
      {loadError && (
        <p role="alert" className="error-text">
          ⚠ {loadError}
        </p>
      )}
      <nav aria-label="Quality check views" className="view-tabs">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.view}>
              <button
                type="button"
                aria-pressed={view === v.view}
                onClick={() => {
                  setView(v.view);
                  setNotice(null);
                }}
              >
                {v.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {notice && (
        <p role="status" className="confirmation">
          {notice}
        </p>
      )}
      {view === 'samples' &&
        (open ? (
          <SampleDetail
            sample={open}
            checklist={activeOnly(checklist)}
            check={checks[open.id]}
            onVerify={() => void verify(open.id)}
            onBack={closeSample}
            onChanged={setOpen}
          />
        ) : (
          <>
            <DrawSampleForm
              usualPercent={usualPercent}
              onDrawn={(sample) => {
                announce(`Sample drawn: ${sample.size} of ${sample.population} contacts.`);
                setOpen(sample);
                void refresh();
              }}
            />
            <h2>Samples drawn</h2>
            <SampleList
              samples={samples}
              checks={checks}
              onOpen={(id) => void openSample(id)}
              onVerify={(id) => void verify(id)}
            />
          </>
        ))}
      {view === 'results' && <QualityResultsPanel />}
      {view === 'checklist' && (
        <>
          <ChecklistEditor
            items={checklist}
            onChanged={(items, words) => {
              setChecklist(items);
              setNotice(words);
            }}
          />
          <h2>Usual share</h2>
          <UsualShareForm
            percent={usualPercent}
            onSaved={(percent, words) => {
              setUsualPercent(percent);
              setNotice(words);
            }}
          />
        </>
      )}
    </div>
  );
}
