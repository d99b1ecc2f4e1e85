// Says where the figures on a leader's screen came from (issue 23): council-wide from the
// council server, or, marked ⚠, this desk's own copy while the server cannot answer. In words,
// never by colour alone; nothing on a single desk.
import type { FiguresSource } from '../../../shared/api/figures-source';
import { sourceWords } from '../stats/source-words';

export function FiguresSourceNote({
  source,
  now,
}: {
  source?: FiguresSource | undefined;
  now: string;
}) {
  const words = sourceWords(source, now);
  if (!words || !source) return null;
  return source.kind === 'council' ? (
    <p className="hint" data-testid="figures-source">
      {words}
    </p>
  ) : (
    <p className="notice" role="status" data-testid="figures-source">
      ⚠ {words}
    </p>
  );
}
