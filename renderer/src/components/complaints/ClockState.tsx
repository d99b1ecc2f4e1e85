import type { ClockWords } from './feedback-format';

/** A reply clock as a symbol and words; the colour only repeats them. */
export function ClockState({ clock, testId }: { clock: ClockWords; testId?: string }) {
  return (
    <span className={`clock clock-${clock.tone}`} data-testid={testId}>
      <span aria-hidden="true">{clock.symbol} </span>
      {clock.words}
    </span>
  );
}
