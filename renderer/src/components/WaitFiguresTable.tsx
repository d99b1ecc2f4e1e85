import type { QueueBoard } from '../../../shared/api';
import type { WaitFigures } from '../../../shared/metrics/waits';
import { formatDuration } from '../format';
import { formatShare, stillWaitingOver, waitVerdict } from '../queue-format';

/** A row: its name, its figures, and how many not yet seen are past the promise now. */
type Row = [string, WaitFigures, number];

/**
 * Today's face-to-face figures, overall, by service and by desk. The verdict counts those
 * still waiting as well as those seen, from the same running timers as the red badges
 * (issue 19), so it never reads "all seen within 10 min" beside a red wait.
 */
export function WaitFiguresTable({ board, sinceFetch }: { board: QueueBoard; sinceFetch: number }) {
  const unseen = [...board.waiting, ...board.active].filter((v) => v.firstSeenAt === null);
  // Never fewer than the back end counted at the refresh (it also counts those called).
  const over = (f: WaitFigures, serviceName?: string) =>
    Math.max(
      f.waitingOverLimit,
      stillWaitingOver(
        serviceName === undefined ? unseen : unseen.filter((v) => v.serviceName === serviceName),
        sinceFetch,
        board.limitMinutes,
      ),
    );
  const rows: Row[] = [
    ['All services', board.today, over(board.today)],
    ...board.today.byService.map((g): Row => [g.name, g.figures, over(g.figures, g.name)]),
  ];
  // Only visitors seen have a desk, so nobody still waiting is counted against one.
  const deskRows = board.today.byDesk.map((g): Row => [
    g.name,
    g.figures,
    g.figures.waitingOverLimit,
  ]);
  return (
    <section aria-labelledby="today-waits-heading" className="panel">
      <h2 id="today-waits-heading">Today’s waiting figures</h2>
      <FiguresTable
        caption="By service"
        rows={rows}
        limit={board.limitMinutes}
        sinceFetch={sinceFetch}
        testId="wait-figures"
      />
      {deskRows.length > 0 && (
        <FiguresTable
          caption="By desk (where first seen)"
          rows={deskRows}
          limit={board.limitMinutes}
          sinceFetch={sinceFetch}
          testId="desk-figures"
        />
      )}
    </section>
  );
}

// Rounded as the daily stats round theirs (formatValue), so the same wait reads the same.
const duration = (seconds: number | null) =>
  seconds === null ? '–' : formatDuration(Math.round(seconds));

function FiguresTable({
  caption,
  rows,
  limit,
  sinceFetch,
  testId,
}: {
  caption: string;
  rows: Row[];
  limit: number;
  sinceFetch: number;
  testId: string;
}) {
  return (
    <table className="data-table figures-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Visits</th>
          <th scope="col">Seen</th>
          <th scope="col">Seen within {limit} min</th>
          <th scope="col">Average wait</th>
          <th scope="col">90% seen within</th>
          <th scope="col">Longest wait (seen or left)</th>
          <th scope="col">Longest still waiting</th>
          <th scope="col">Left without being seen</th>
          <th scope="col">Against the {limit}-minute promise</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, f, waitingOver]) => {
          const verdict = waitVerdict(f, waitingOver);
          return (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{f.visits}</td>
              <td>{f.seen}</td>
              <td>
                {formatShare(f.shareWithinLimit)}
                {f.seen > 0 && (
                  <span className="hint">
                    {f.seenWithinLimit} of {f.seen}
                  </span>
                )}
              </td>
              <td>{duration(f.averageWaitSeconds)}</td>
              <td>{duration(f.p90WaitSeconds)}</td>
              <td>
                {duration(f.longestEndedWaitSeconds)}
                {f.longestEndedWaitLeft && <span className="hint">left without being seen</span>}
              </td>
              <td>
                {duration(
                  f.longestWaitingNowSeconds === null
                    ? null
                    : f.longestWaitingNowSeconds + sinceFetch,
                )}
              </td>
              <td>{f.leftWithoutBeingSeen}</td>
              <td className={verdict.good === null ? '' : verdict.good ? 'good' : 'bad'}>
                {verdict.text}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
