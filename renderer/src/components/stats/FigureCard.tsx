import type { Figure } from '../../../../shared/api/stats';
import { comparisonText, figureValueText, verdictOf } from '../../stats/format';

/** One figure: its value, its target met or missed in words, and the way to its records. */
export function FigureCard({
  figure,
  onOpen,
}: {
  figure: Figure;
  onOpen: (figure: Figure) => void;
}) {
  const verdict = verdictOf(figure);
  const comparison = comparisonText(figure.previous, figure.unit);
  const id = `figure-${figure.key.replace(/[^a-zA-Z0-9]/g, '-')}`;
  return (
    <li className={`stat figure-${verdict.state}`} aria-labelledby={id} data-testid={id}>
      <h4 id={id}>{figure.label}</h4>
      <p className={figure.notKnownWhy && figure.value === null ? 'stat-not-known' : 'stat-value'}>
        {figureValueText(figure)}
      </p>
      <p className="figure-verdict">{verdict.text}</p>
      {figure.detail && <p className="figure-detail">{figure.detail}</p>}
      {comparison && <p className="stat-comparison">{comparison}</p>}
      {figure.drill && (
        <button type="button" className="link-button drill-button" onClick={() => onOpen(figure)}>
          Show the records<span className="visually-hidden"> behind {figure.label}</span>
        </button>
      )}
    </li>
  );
}
