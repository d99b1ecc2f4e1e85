import type { QueueBoard } from '../../../shared/api';
import type { WaitFigures } from '../../../shared/metrics/waits';
import { formatMinutes, formatShare } from '../queue-format';

function verdict(f: WaitFigures): string {
  if (f.shareWithinLimit === null) return 'Nobody seen yet';
  return f.seenWithinLimit === f.seen
    ? `✓ All seen within ${f.limitMinutes} min`
    : `✗ ${f.seen - f.seenWithinLimit} seen after ${f.limitMinutes} min`;
}

/** Today's face-to-face figures, overall, by service and by desk. */
export function WaitFiguresTable({ board }: { board: QueueBoard }) {
  const rows: [string, WaitFigures][] = [
    ['All services', board.today],
    ...board.today.byService.map((g): [string, WaitFigures] => [g.name, g.figures]),
  ];
  const deskRows = board.today.byDesk.map((g): [string, WaitFigures] => [g.name, g.figures]);
  return (
    <section aria-labelledby="today-waits-heading" className="panel">
      <h2 id="today-waits-heading">Today’s waiting figures</h2>
      <FiguresTable
        caption="By service"
        rows={rows}
        limit={board.limitMinutes}
        testId="wait-figures"
      />
      {deskRows.length > 0 && (
        <FiguresTable
          caption="By desk (where first seen)"
          rows={deskRows}
          limit={board.limitMinutes}
          testId="desk-figures"
        />
      )}
    </section>
  );
}

function FiguresTable({
  caption,
  rows,
  limit,
  testId,
}: {
  caption: string;
  rows: [string, WaitFigures][];
  limit: number;
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
          <th scope="col">Longest wait</th>
          <th scope="col">Left without being seen</th>
          <th scope="col">Against the {limit}-minute promise</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, f]) => (
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
            <td>{formatMinutes(f.averageWaitSeconds)}</td>
            <td>{formatMinutes(f.p90WaitSeconds)}</td>
            <td>{formatMinutes(f.longestWaitSeconds)}</td>
            <td>{f.leftWithoutBeingSeen}</td>
            <td
              className={
                f.shareWithinLimit === null ? '' : f.seenWithinLimit === f.seen ? 'good' : 'bad'
              }
            >
              {verdict(f)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
