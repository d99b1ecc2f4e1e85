import type { QualitySampleSummary, QualityVerification } from '../../../../shared/api';
import { formatDateTime } from '../../format';
import { formatPercent, formatPeriod, progressWords } from './quality-format';

/** The samples drawn so far, newest first, each with its progress and a reproducibility check. */
export function SampleList({
  samples,
  checks,
  onOpen,
  onVerify,
}: {
  samples: QualitySampleSummary[] | null;
  checks: Record<string, QualityVerification>;
  onOpen: (id: string) => void;
  onVerify: (id: string) => void;
}) {
  if (samples === null) return <p>Loading the samples…</p>;
  if (samples.length === 0) return <p>No samples have been drawn yet.</p>;
  return (
    <table className="data-table quality-samples" data-testid="quality-samples">
      <caption className="visually-hidden">Samples drawn so far</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Site</th>
          <th scope="col">Share</th>
          <th scope="col">Seed</th>
          <th scope="col">Drawn</th>
          <th scope="col">Scoring</th>
          <th scope="col">Reproducible?</th>
        </tr>
      </thead>
      <tbody>
        {samples.map((s) => {
          const period = formatPeriod(s.from, s.to);
          const check = checks[s.id];
          return (
            <tr key={s.id}>
              <td>
                <button
                  type="button"
                  className="link"
                  id={`open-sample-${s.id}`}
                  onClick={() => onOpen(s.id)}
                >
                  {period}
                </button>
              </td>
              <td>{s.siteName ?? 'All sites'}</td>
              <td>
                {formatPercent(s.percent)}: {s.size} of {s.population}
              </td>
              <td>{s.seed}</td>
              <td>
                {formatDateTime(s.drawnAt)} by {s.drawnByName}
              </td>
              <td>{progressWords(s.scored, s.size - s.voided)}</td>
              <td>
                {check ? (
                  <span role="status">{check.summary}</span>
                ) : (
                  <button
                    type="button"
                    onClick={() => onVerify(s.id)}
                    aria-label={`Check it can be reproduced: the sample of ${period}`}
                  >
                    Check it can be reproduced
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
