import { formatTime } from '../format';

/** Says a form was brought back from its kept draft, with the way to start afresh. */
export function DraftNote({
  restoredAt,
  onDiscard,
}: {
  restoredAt: string | null;
  onDiscard: () => void;
}) {
  if (!restoredAt) return null;
  return (
    <p className="notice" role="status" data-testid="draft-restored">
      Brought back from your draft, kept at {formatTime(restoredAt)}.{' '}
      <button type="button" onClick={onDiscard}>
        Discard the draft
      </button>
    </p>
  );
}
