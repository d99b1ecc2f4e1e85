import { withinLimit } from '../../../shared/metrics/counts';
import { formatDuration } from '../format';

/** The running wait with its status in words as well as colour: never colour alone. */
export function WaitBadge({
  seconds,
  amberMinutes,
  limitMinutes,
}: {
  seconds: number;
  amberMinutes: number;
  limitMinutes: number;
}) {
  const state = !withinLimit(seconds, limitMinutes * 60)
    ? 'breached'
    : seconds >= amberMinutes * 60
      ? 'due-soon'
      : 'on-time';
  const words =
    state === 'breached'
      ? `Over ${limitMinutes} min`
      : state === 'due-soon'
        ? `Near ${limitMinutes} min`
        : 'Within target';
  return (
    <span className={`wait wait-${state}`} data-state={state}>
      <span className="wait-time">{formatDuration(seconds)}</span>{' '}
      <span className="wait-words">
        {state === 'breached' ? '✗ ' : state === 'due-soon' ? '! ' : '✓ '}
        {words}
      </span>
    </span>
  );
}
