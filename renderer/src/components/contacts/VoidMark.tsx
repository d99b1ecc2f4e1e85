import type { ContactVoid } from '../../../../shared/api';
import { formatDateTime } from '../../format';
import './void-contact.css';

/**
 * A voided contact in words: "Void", who voided it, when and why. The row around it is struck
 * through, but a strike-through alone says nothing to a screen reader or on a printout.
 */
export function VoidMark({ voided }: { voided: ContactVoid }) {
  return (
    <span className="void-mark" data-testid="void-mark">
      <strong className="tag void-tag">Void</strong>
      <span className="void-reason">Reason: {voided.reason}</span>
      <span className="hint">
        Voided by {voided.byName}, {formatDateTime(voided.at)}
      </span>
    </span>
  );
}
