import type { QueueBoard } from '../../../shared/api';
import { desksOpen, estimateText } from '../queue-format';
import { WaitBadge } from './WaitBadge';

/**
 * Always on screen at reception and the desk: who is waiting, the longest waits, the
 * estimate and the desks. The longest wait still running and the longest that is over are
 * two figures (issue 19): one alone fell when the visitor who had waited longest gave up.
 */
export function QueueSummary({ board, sinceFetch }: { board: QueueBoard; sinceFetch: number }) {
  const longest = board.waiting.reduce((max, v) => Math.max(max, v.waitSeconds + sinceFetch), 0);
  const ended = board.today.longestEndedWaitSeconds;
  const desks = desksOpen(board);
  const badge = (seconds: number) => (
    <WaitBadge
      seconds={seconds}
      amberMinutes={board.amberMinutes}
      limitMinutes={board.limitMinutes}
    />
  );
  return (
    <dl className="queue-summary" aria-label={`Queue at ${board.site.name}`}>
      <div>
        <dt>Waiting now</dt>
        <dd data-testid="waiting-count">{board.waiting.length}</dd>
      </div>
      <div>
        <dt>Longest still waiting now</dt>
        <dd data-testid="longest-wait">
          {board.waiting.length === 0 ? 'Nobody waiting' : badge(longest)}
        </dd>
      </div>
      <div>
        <dt>Longest wait today (seen or left)</dt>
        <dd data-testid="longest-today">
          {ended === null ? (
            'Nobody seen yet'
          ) : (
            <>
              {badge(ended)}
              {board.today.longestEndedWaitLeft && (
                <span className="hint">Left without being seen</span>
              )}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>Estimated wait for a new arrival</dt>
        <dd data-testid="estimated-wait">{estimateText(board)}</dd>
      </div>
      <div>
        <dt>Desks open</dt>
        <dd data-testid="desks-open">
          {desks.open}
          {desks.unstaffed && <span className="desks-unstaffed"> ({desks.unstaffed})</span>}
        </dd>
      </div>
    </dl>
  );
}
