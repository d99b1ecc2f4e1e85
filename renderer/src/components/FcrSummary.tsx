import type { FcrFigure } from '../../../shared/metrics/fcr';
import { formatPercent } from '../../../shared/metrics/fcr';

/** FCR against its target, in words and a symbol as well as colour (never colour alone). */
export function FcrSummary({ figure, label }: { figure: FcrFigure; label: string }) {
  const target = `${Math.round(figure.target * 100)}%`;
  const state = figure.met === null ? 'none' : figure.met ? 'met' : 'missed';
  const verdict =
    state === 'none'
      ? 'No completed contacts yet'
      : state === 'met'
        ? `✓ Meets the ${target} target`
        : `✗ Below the ${target} target`;
  return (
    <section className={`figure figure-${state}`} aria-labelledby="fcr-heading">
      <h2 id="fcr-heading">{label}</h2>
      <p className="figure-value" data-testid="fcr-value">
        {formatPercent(figure.rate, figure.target)}
      </p>
      <p className="figure-verdict" data-testid="fcr-verdict">
        {verdict}
      </p>
      <p className="figure-detail">
        {figure.resolved} of {figure.completed} completed contacts resolved at first contact
        {figure.excludedOutbound > 0 &&
          `; ${figure.excludedOutbound} outbound follow-up${figure.excludedOutbound === 1 ? '' : 's'} not counted`}
        .
      </p>
    </section>
  );
}
