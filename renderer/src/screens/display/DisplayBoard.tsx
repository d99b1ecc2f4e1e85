import { useEffect, useRef, useState } from 'react';
import type { NowCallingItem } from '../../../../shared/api';
import { formatTime } from '../../format';
import { playChime, wakeAudio } from './chime';
import { useDisplayBoard } from './useDisplayBoard';
import './display-board.css';

const callId = (call: NowCallingItem | undefined) =>
  call ? `${call.ticket}|${call.calledAt}` : '';

/** What a screen reader says for a call: the words on the board, as a sentence. */
const spoken = (call: NowCallingItem) => `Ticket ${call.ticket}, please go to ${call.deskName}.`;

/**
 * The waiting-area screen (issue 22): a kiosk, not a staff session. It has no sign-in, menu,
 * idle lock, names or markers: only the latest call, the few before it and the site's name,
 * large and high-contrast. Each new call is announced to screen readers and, when the site's
 * setting says so, sounded.
 */
export function DisplayBoard({ displayKey }: { displayKey: string }) {
  const { board, refusal, reconnecting } = useDisplayBoard(displayKey);
  const seen = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    document.title = board ? `Now calling at ${board.site}` : 'Now calling';
  }, [board]);

  useEffect(() => {
    window.addEventListener('keydown', wakeAudio);
    window.addEventListener('pointerdown', wakeAudio);
    return () => {
      window.removeEventListener('keydown', wakeAudio);
      window.removeEventListener('pointerdown', wakeAudio);
    };
  }, []);

  const latest = board?.calls[0];
  useEffect(() => {
    if (!board) return;
    const id = callId(latest);
    // The board as first loaded is not news; each call after it is.
    if (seen.current !== null && id !== seen.current && latest) {
      // A recall reads the same words: a trailing no-break space makes it a change to announce.
      setAnnouncement((before) =>
        before === spoken(latest) ? `${spoken(latest)}\u00a0` : spoken(latest),
      );
      if (board.soundOnCall) playChime();
    }
    seen.current = id;
  }, [board, latest]);

  if (refusal)
    return (
      <main className="display-board display-refused">
        <h1>This screen cannot show the queue</h1>
        <p role="alert">{refusal}</p>
      </main>
    );
  if (!board)
    return (
      <main className="display-board" aria-busy="true">
        <h1>Now calling</h1>
        <p className="display-waiting">{reconnecting ? 'Reconnecting…' : 'Loading…'}</p>
      </main>
    );
  const earlier = board.calls.slice(1);
  return (
    <main className="display-board">
      <h1 className="display-site">Now calling at {board.site}</h1>
      <section className="display-latest" aria-label="Latest call" data-testid="display-latest">
        {latest ? (
          <>
            <p className="display-ticket">
              <span className="display-label">Ticket</span> {latest.ticket}
            </p>
            <p className="display-desk">
              <span className="display-label">please go to</span> {latest.deskName}
            </p>
          </>
        ) : (
          <p className="display-desk">Please wait to be called.</p>
        )}
      </section>
      {earlier.length > 0 && (
        <section className="display-history" aria-labelledby="display-history-heading">
          <h2 id="display-history-heading">Called earlier</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Ticket</th>
                <th scope="col">Desk</th>
                <th scope="col">Called at</th>
              </tr>
            </thead>
            <tbody>
              {earlier.map((call) => (
                <tr key={callId(call)}>
                  <td className="display-history-ticket">{call.ticket}</td>
                  <td>{call.deskName}</td>
                  <td>{formatTime(call.calledAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {reconnecting && (
        <p className="display-reconnecting" role="status">
          <span aria-hidden="true">⟳ </span>Reconnecting…
        </p>
      )}
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {announcement}
      </div>
    </main>
  );
}
