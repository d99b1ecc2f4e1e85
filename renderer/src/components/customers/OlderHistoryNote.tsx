// Says where a joined desk's timeline came from (issue 21's offline profile): the desk keeps
// only recent history, so older entries are read from the council server and counted here, or,
// marked ⚠, the server could not be reached and older history will show once it can. In words,
// never by colour alone (WCAG 2.2 1.4.1); nothing on a single desk, which holds everything.
import type { OlderHistory } from '../../../../shared/api';

export function OlderHistoryNote({ older }: { older?: OlderHistory | undefined }) {
  if (older?.status === 'unreachable') {
    return (
      <p className="notice" role="status" data-testid="older-history">
        ⚠ Older history is on the council server and will show when this PC is back online.
      </p>
    );
  }
  if (older?.status !== 'included' || !older.count) return null;
  return (
    <p className="hint" data-testid="older-history">
      Includes {older.count} older {older.count === 1 ? 'entry' : 'entries'} from the council
      server.
      {older.more && ' The council server holds older ones still, not shown here.'}
    </p>
  );
}
