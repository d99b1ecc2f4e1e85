import { useEffect } from 'react';
import { useNowCalling } from '../hooks/useNowCalling';

/**
 * The last tickets called and their desks, in large type, inside a staff session (Alt+5): a
 * quick look. The waiting-area screen itself is the kiosk at /display (screens/display/).
 */
export function NowCalling() {
  const board = useNowCalling();
  useEffect(() => {
    document.title = 'Now calling: Council Contact';
    return () => {
      document.title = 'Council Contact';
    };
  }, []);
  if (!board) return <p aria-busy="true">Loading…</p>;
  const [latest, ...earlier] = board.calls;
  return (
    <div className="now-calling">
      <p className="hint" data-testid="kiosk-pointer">
        A quick look for staff. For the screen in the waiting area, an administrator makes a display
        key in Settings, under “Waiting-area display”: that screen needs no sign-in, never locks and
        shows no names.
      </p>
      <h1>Now calling at {board.site}</h1>
      <div aria-live="assertive" aria-atomic="true" className="now-calling-latest">
        {latest ? (
          <p data-testid="now-calling">
            <span className="ticket">{latest.ticket}</span> <span className="to">please go to</span>{' '}
            <span className="desk">{latest.deskName}</span>
          </p>
        ) : (
          <p>Please wait to be called.</p>
        )}
      </div>
      {earlier.length > 0 && (
        <>
          <h2>Called earlier</h2>
          <ul className="now-calling-earlier">
            {earlier.map((c) => (
              <li key={`${c.ticket}-${c.calledAt}`}>
                <span className="ticket">{c.ticket}</span> {c.deskName}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
