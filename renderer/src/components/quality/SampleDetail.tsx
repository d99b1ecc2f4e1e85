import { useEffect, useRef, useState } from 'react';
import type {
  QualityChecklistItemView,
  QualitySampleItemView,
  QualitySampleView,
  QualityVerification,
} from '../../../../shared/api';
import { CHANNEL_LABELS } from '../../../../shared/domain/channels';
import { OUTCOME_LABELS } from '../../../../shared/domain/outcomes';
import { formatDateTime } from '../../format';
import { VoidMark } from '../contacts/VoidMark';
import { formatPercent, formatPeriod, formatWhen, progressWords } from './quality-format';
import { ScoreContactForm } from './ScoreContactForm';
import { StrataTable } from './StrataTable';

function scoreWords(item: QualitySampleItemView): string {
  if (!item.scoredAt) return 'Not scored yet';
  return item.score === null
    ? '✓ Scored: no point applied'
    : `✓ Scored ${formatPercent(item.score)}`;
}

/** Waiting to be scored: not scored yet, and not voided since the draw (never scored). */
const toScore = (i: QualitySampleItemView) => !i.scoredAt && !i.voided;

/** The unscored contact after `position`, going round to the start. */
function nextUnscored(items: QualitySampleItemView[], position: number) {
  const after = items.filter((i) => toScore(i) && i.position > position);
  return after[0] ?? items.find((i) => toScore(i) && i.position !== position) ?? null;
}

/** One sample: how it is spread across advisers and channels, and its contacts to score. */
export function SampleDetail({
  sample,
  checklist,
  check,
  onVerify,
  onBack,
  onChanged,
}: {
  sample: QualitySampleView;
  checklist: QualityChecklistItemView[];
  check: QualityVerification | undefined;
  onVerify: () => void;
  onBack: () => void;
  onChanged: (sample: QualitySampleView) => void;
}) {
  const [scoring, setScoring] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [sample.id]);
  const period = formatPeriod(sample.from, sample.to);
  const open = sample.items.find((i) => i.id === scoring);
  const firstUnscored = sample.items.find(toScore);

  function saved(item: QualitySampleItemView) {
    const items = sample.items.map((i) => (i.id === item.id ? item : i));
    const scored = items.filter((i) => i.scoredAt && !i.voided).length;
    onChanged({ ...sample, items, scored });
    const next = nextUnscored(items, item.position);
    const words = `✓ Contact ${item.position} scored${item.score === null ? '' : `: ${formatPercent(item.score)}`}.`;
    const all = items.length - sample.voided;
    setNotice(
      next
        ? words
        : `${words} ${all === 1 ? 'The one contact' : `All ${all} contacts`} in this sample ${all === 1 ? 'is' : 'are'} scored.`,
    );
    setScoring(next?.id ?? null);
    // With none left the form closes: the focus goes back to the sample's heading.
    if (!next) window.setTimeout(() => heading.current?.focus());
  }

  return (
    <section aria-labelledby="sample-heading" className="quality-sample">
      <button type="button" onClick={onBack}>
        Back to the samples
      </button>
      <h2 id="sample-heading" tabIndex={-1} ref={heading}>
        Sample of {period}, {sample.siteName ?? 'all sites'}
      </h2>
      <dl className="facts" data-testid="sample-facts">
        <dt>Share</dt>
        <dd>
          {formatPercent(sample.percent)}: {sample.size} of{' '}
          {sample.population === 1 ? 'the one contact' : `the ${sample.population} contacts`} in the
          period
        </dd>
        <dt>Seed</dt>
        <dd>{sample.seed}</dd>
        <dt>Drawn</dt>
        <dd>
          {formatDateTime(sample.drawnAt)} by {sample.drawnByName}
        </dd>
        <dt>Scoring</dt>
        <dd>
          {progressWords(sample.scored, sample.size - sample.voided)}
          {sample.voided > 0 &&
            `; ${sample.voided} voided since the draw (recorded in error), not scored`}
        </dd>
      </dl>
      <p>
        {check ? (
          <span role="status">{check.summary}</span>
        ) : (
          <button type="button" onClick={onVerify}>
            Check it can be reproduced
          </button>
        )}
      </p>
      <StrataTable strata={sample.strata} />
      {notice && (
        <p role="status" className="confirmation">
          {notice}
        </p>
      )}
      {open ? (
        <ScoreContactForm
          key={open.id}
          item={open}
          total={sample.items.length}
          checklist={checklist}
          onSaved={saved}
          onCancel={() => setScoring(null)}
        />
      ) : (
        firstUnscored && (
          <p>
            <button type="button" className="primary" onClick={() => setScoring(firstUnscored.id)}>
              Score the next unscored contact
            </button>
          </p>
        )
      )}
      <table className="data-table" data-testid="sample-items">
        <caption>Contacts in the sample</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">When</th>
            <th scope="col">Adviser</th>
            <th scope="col">Channel</th>
            <th scope="col">Service</th>
            <th scope="col">Type of enquiry</th>
            <th scope="col">Outcome</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {sample.items.map((item) => (
            <tr
              key={item.id}
              aria-current={item.id === scoring ? 'true' : undefined}
              className={item.voided ? 'voided' : undefined}
            >
              <td>{item.position}</td>
              <td>{formatWhen(item.startedAt)}</td>
              <td>{item.adviserName}</td>
              <td>{CHANNEL_LABELS[item.channel]}</td>
              <td>{item.serviceName}</td>
              <td>{item.interactionTypeName}</td>
              <td>{OUTCOME_LABELS[item.outcome]}</td>
              <td>
                {item.voided ? (
                  <VoidMark voided={item.voided} />
                ) : (
                  <>
                    {scoreWords(item)}{' '}
                    <button
                      type="button"
                      onClick={() => setScoring(item.id)}
                      aria-label={`${item.scoredAt ? 'Score again' : 'Score'}: contact ${item.position}`}
                    >
                      {item.scoredAt ? 'Score again' : 'Score'}
                    </button>
                  </>
                )}
                {item.comment && <span className="hint">{item.comment}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
