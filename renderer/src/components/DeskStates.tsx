// Reception's view of each open desk at a busy site (issue 22, "busy sites"): who is at it,
// what they are doing and for how long, and which services it calls for, in words (never by
// colour alone), from every PC of the site.
import type { QueueBoard } from '../../../shared/api';
import { londonTimeOf } from '../../../shared/time/london';
import { deskDoing } from '../queue-format';
import { useAppStore } from '../store';

export function DeskStates({ board }: { board: QueueBoard }) {
  const services = useAppStore((s) => s.reference?.services ?? []);
  const open = board.desks.filter((d) => d.isOpen);
  if (open.length === 0) return null;
  const serviceNames = (ids: string[]) =>
    ids.length === 0
      ? 'All services'
      : ids.map((id) => services.find((s) => s.id === id)?.name ?? 'A retired service').join(', ');
  return (
    <section className="panel" aria-labelledby="desk-states-heading">
      <h2 id="desk-states-heading">Desks</h2>
      <table className="data-table" data-testid="desk-states">
        <thead>
          <tr>
            <th scope="col">Desk</th>
            <th scope="col">Adviser</th>
            <th scope="col">Now</th>
            <th scope="col">Calls for</th>
          </tr>
        </thead>
        <tbody>
          {open.map((desk) => (
            <tr key={desk.id}>
              <th scope="row">{desk.name}</th>
              <td>{desk.staffName ?? 'Nobody'}</td>
              <td>{deskDoing(desk, board.now, londonTimeOf)}</td>
              <td>{serviceNames(desk.serviceIds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
