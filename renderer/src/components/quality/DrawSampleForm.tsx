import { useState, type FormEvent } from 'react';
import type { QualitySampleView } from '../../../../shared/api';
import { londonDateOf } from '../../../../shared/time/london';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { problemsOf } from '../complaints/problems';
import { ErrorSummary, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';
import { SiteSelect } from '../SiteSelect';
import { previousMonth } from './quality-format';

const FORM_FIELDS = ['from', 'to', 'siteId', 'percent', 'seed'] as const;

/** A number typed in a box, or the words to say why it is not one. */
function numberOf(text: string): number | undefined | 'bad' {
  const trimmed = text.trim().replace(/%$/, '');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'bad';
}

/**
 * Draws a random sample of a period's contacts (NeSDS standard 20: at least 5% of users
 * targeted for quality evaluation), from a seed that is recorded so the sample can be
 * repeated and checked.
 */
export function DrawSampleForm({
  usualPercent,
  onDrawn,
}: {
  usualPercent: number | null;
  onDrawn: (sample: QualitySampleView) => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  // What the leader typed wins over the usual share, even when the usual share arrives after
  // they started typing (it used to remount the box and put the usual share back).
  const [percentText, setPercentText] = useState<string | null>(null);
  const lastMonth = previousMonth(londonDateOf(new Date()));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const percent = numberOf(textOf(data, 'percent'));
    const seed = numberOf(textOf(data, 'seed'));
    const local: Record<string, string> = {};
    if (percent === 'bad') local.percent = 'Enter the share as a number, such as 5 or 2.5.';
    if (seed === 'bad') local.seed = 'The seed must be a whole number.';
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setProblems(Object.entries(local).map(([field, message]) => ({ field, message })));
      return;
    }
    const siteId = textOf(data, 'siteId');
    const result = await callApi('quality.draw', {
      from: textOf(data, 'from'),
      to: textOf(data, 'to'),
      ...(siteId ? { siteId } : {}),
      ...(typeof percent === 'number' ? { percent } : {}),
      ...(typeof seed === 'number' ? { seed } : {}),
    });
    if (!result.ok) {
      const found = problemsOf(result.error, FORM_FIELDS);
      setErrors(found.fields);
      setProblems(found.problems);
      return;
    }
    setErrors({});
    setProblems([]);
    onDrawn(result.value);
  }

  return (
    <form
      className="panel quality-draw"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="quality-draw-heading"
    >
      <h2 id="quality-draw-heading">Draw a sample</h2>
      <p className="hint">
        Contacts are drawn at random from the period, in proportion from each adviser on each
        channel.
      </p>
      <ErrorSummary title="The sample was not drawn" problems={problems} idPrefix="draw" />
      <div className="grid">
        <Field id="draw-from" label="First day" error={errors.from}>
          <input name="from" type="date" defaultValue={lastMonth.from} />
        </Field>
        <Field id="draw-to" label="Last day" error={errors.to}>
          <input name="to" type="date" defaultValue={lastMonth.to} />
        </Field>
        <SiteSelect id="draw-siteId" />
        <Field
          id="draw-percent"
          label="Share of contacts to sample (%)"
          hint="NeSDS standard 20 asks for at least 5% of users; the Jobcentre Plus agreement’s monitoring uses 2.5%."
          error={errors.percent}
        >
          <input
            name="percent"
            inputMode="decimal"
            autoComplete="off"
            value={percentText ?? (usualPercent === null ? '' : String(usualPercent))}
            onChange={(e) => setPercentText(e.target.value)}
          />
        </Field>
        <Field
          id="draw-seed"
          label="Seed (optional)"
          hint="Leave it empty for a random one. To repeat an earlier sample, enter its seed."
          error={errors.seed}
        >
          <input name="seed" inputMode="numeric" autoComplete="off" />
        </Field>
      </div>
      <button type="submit" className="primary">
        Draw the sample
      </button>
    </form>
  );
}
