import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { QualityChecklistItemView, QualitySampleItemView } from '../../../../shared/api';
import { CHANNEL_LABELS } from '../../../../shared/domain/channels';
import { OUTCOME_LABELS } from '../../../../shared/domain/outcomes';
import {
  QUALITY_RESULTS,
  QUALITY_RESULT_LABELS,
  type QualityResult,
} from '../../../../shared/quality/scores';
import { callApi } from '../../api/client';
import { formatDateTime } from '../../format';
import { ChoiceGroup } from '../complaints/ChoiceGroup';
import { ErrorSummary, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';

/**
 * Scores one sampled contact against every active point of the checklist (NeSDS standard
 * 19): met, not met or not applicable, with a comment. Scoring again replaces the scores.
 */
export function ScoreContactForm({
  item,
  total,
  checklist,
  onSaved,
  onCancel,
}: {
  item: QualitySampleItemView;
  total: number;
  checklist: QualityChecklistItemView[];
  onSaved: (item: QualitySampleItemView) => void;
  onCancel: () => void;
}) {
  const [answers, setAnswers] = useState<Record<string, QualityResult>>(() =>
    Object.fromEntries(item.results.map((r) => [r.checklistItemId, r.result])),
  );
  const [comment, setComment] = useState(item.comment);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [item.id]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = checklist.filter((p) => !answers[p.id]);
    if (missing.length > 0) {
      const found = Object.fromEntries(
        missing.map((p) => [
          `point-${p.position}`,
          `Choose met, not met or not applicable for “${p.text}”.`,
        ]),
      );
      setErrors(found);
      setProblems(Object.entries(found).map(([field, message]) => ({ field, message })));
      return;
    }
    const result = await callApi('quality.score', {
      sampleItemId: item.id,
      results: checklist.map((p) => ({ checklistItemId: p.id, result: answers[p.id]! })),
      comment,
    });
    if (!result.ok) {
      setErrors({});
      setProblems([{ field: '', message: result.error.message }]);
      return;
    }
    setErrors({});
    setProblems([]);
    onSaved(result.value);
  }

  return (
    <form
      className="panel quality-score"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="score-heading"
    >
      <h3 id="score-heading" tabIndex={-1} ref={heading}>
        Score contact {item.position} of {total}
      </h3>
      <dl className="facts" data-testid="score-contact">
        <dt>When</dt>
        <dd>{formatDateTime(item.startedAt)}</dd>
        <dt>Adviser</dt>
        <dd>{item.adviserName}</dd>
        <dt>Channel</dt>
        <dd>{CHANNEL_LABELS[item.channel]}</dd>
        <dt>Service</dt>
        <dd>{item.serviceName}</dd>
        <dt>Type of enquiry</dt>
        <dd>{item.interactionTypeName}</dd>
        <dt>Outcome</dt>
        <dd>{OUTCOME_LABELS[item.outcome]}</dd>
        <dt>Notes</dt>
        <dd className="quality-notes">{item.notes || 'No notes were recorded.'}</dd>
      </dl>
      {item.scoredAt && (
        <p className="hint">
          Scored {formatDateTime(item.scoredAt)} by {item.scoredByName}. Saving again replaces that
          score.
        </p>
      )}
      <ErrorSummary title="The score was not saved" problems={problems} idPrefix="score" />
      {checklist.map((point) => (
        <ChoiceGroup
          key={point.id}
          id={`score-point-${point.position}`}
          name={`point-${point.id}`}
          legend={`${point.position}. ${point.text}`}
          options={QUALITY_RESULTS.map((r) => ({ value: r, label: QUALITY_RESULT_LABELS[r] }))}
          value={answers[point.id] ?? ''}
          onChange={(value) => setAnswers((a) => ({ ...a, [point.id]: value }))}
          error={errors[`point-${point.position}`]}
        />
      ))}
      <Field
        id="score-comment"
        label="Comment (optional)"
        hint="What went well, or what to go over with the adviser."
      >
        <textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          Save and go to the next unscored
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
