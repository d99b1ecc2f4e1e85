import { useState } from 'react';
import type { CustomerView, MarkerView } from '../../../../shared/api';
import { callApi } from '../../api/client';

/** A team leader's review of a marker: keep it until a later review, or remove it. */
export function MarkerReview({
  marker,
  onReviewed,
}: {
  marker: MarkerView;
  onReviewed: (view: CustomerView, words: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `review-${marker.id}`;

  async function decide(decision: 'keep' | 'remove') {
    const result = await callApi(
      'customers.reviewMarker',
      decision === 'keep'
        ? { markerId: marker.id, decision, nextReviewDate: next }
        : { markerId: marker.id, decision },
    );
    if (!result.ok) return setError(result.error.fields?.nextReviewDate ?? result.error.message);
    setOpen(false);
    setError(null);
    onReviewed(
      result.value,
      decision === 'keep' ? `Marker kept until its next review.` : 'Marker removed.',
    );
  }

  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Review<span className="visually-hidden"> the marker {marker.kind}</span>
      </button>
    );
  return (
    <div className="marker-review" role="group" aria-label={`Review: ${marker.kind}`}>
      <label htmlFor={`${id}-next`}>Next review by</label>
      {error && (
        <span id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
      <input
        id={`${id}-next`}
        type="date"
        value={next}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setNext(e.target.value)}
      />
      <button type="button" onClick={() => void decide('keep')}>
        Keep the marker
      </button>
      <button type="button" onClick={() => void decide('remove')}>
        Remove the marker
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </div>
  );
}
