import type { QueueBoard } from '../../../shared/api';
import { WaitBadge } from './WaitBadge';

/** Always on screen at reception and the desk: how many are waiting and the longest wait. */
export function QueueSummary({ board, sinceFetch }: { board: QueueBoard; sinceFetch: number }) {
  const longest = board.waiting.reduce((max, v) => Math.max(max, v.waitSeconds + sinceFetch), 0);
  const openDesks = board.desks.filter((d) => d.isOpen).length;
  return (
    <dl className="queue-summary" aria-label={`Queue at ${board.site.name}`}>
      <div>
        <dt>Waiting now</dt>
        <dd data-testid="waiting-count">{board.waiting.length}</dd>
      </div>
      <div>
        <dt>Longest current wait</dt>
        <dd data-testid="longest-wait">
          {board.waiting.length === 0 ? (
            'Nobody waiting'
          ) : (
            <WaitBadge
              seconds={longest}
              amberMinutes={board.amberMinutes}
              limitMinutes={board.limitMinutes}
            />
          )}
        </dd>
      </div>
      <div>
        <dt>Estimated wait for a new arrival</dt>
        <dd data-testid="estimated-wait">
          {board.estimatedWaitMinutes === null
            ? 'No desk open'
            : board.estimatedWaitMinutes === 0
              ? 'No wait'
              : `About ${board.estimatedWaitMinutes} min`}
        </dd>
      </div>
      <div>
        <dt>Desks open</dt>
        <dd>{openDesks}</dd>
      </div>
    </dl>
  );
}
