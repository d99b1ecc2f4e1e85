import type { CustomerView, MarkerView } from '../../../../shared/api';
import { formatDay } from '../../format';
import { londonDateOf } from '../../../../shared/time/london';
import { MarkerReview } from './MarkerReview';

/**
 * Warning markers above everything else, in words as well as colour; opening the record
 * logged this view (DWP SLA: every view of a marker is recorded).
 */
export function MarkersBanner({
  markers,
  onReviewed,
}: {
  markers: MarkerView[];
  /** Given to team leaders and administrators, who review markers. */
  onReviewed?: ((view: CustomerView, words: string) => void) | undefined;
}) {
  if (markers.length === 0) return null;
  return (
    <section className="marker-banner" role="alert" aria-labelledby="markers-heading">
      <h2 id="markers-heading">⚠ Warning {markers.length === 1 ? 'marker' : 'markers'}</h2>
      <ul>
        {markers.map((m) => (
          <li key={m.id} data-testid="marker">
            <strong>{m.kind}:</strong> {m.reason}
            <span className="hint">
              Set by {m.setByName} on {formatDay(londonDateOf(m.setAt))}; review by{' '}
              {formatDay(m.reviewDate)}. Your view of this marker has been logged.
            </span>
            {onReviewed && <MarkerReview marker={m} onReviewed={onReviewed} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
