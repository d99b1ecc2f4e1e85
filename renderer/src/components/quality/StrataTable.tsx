import type { QualityStratumView } from '../../../../shared/api';
import { CHANNELS, CHANNEL_LABELS } from '../../../../shared/domain/channels';

/**
 * How a sample is spread: one row per adviser, one column per channel, each cell the
 * contacts sampled of that adviser's contacts on that channel ("2 of 42").
 */
export function StrataTable({ strata }: { strata: QualityStratumView[] }) {
  const channels = CHANNELS.filter((c) => strata.some((s) => s.channel === c));
  const advisers = [...new Map(strata.map((s) => [s.staffId, s.adviserName])).entries()];
  const cell = (staffId: string, channel: string) =>
    strata.find((s) => s.staffId === staffId && s.channel === channel);
  const sum = (list: QualityStratumView[]) =>
    `${list.reduce((n, s) => n + s.drawn, 0)} of ${list.reduce((n, s) => n + s.population, 0)}`;
  return (
    <table className="data-table quality-strata" data-testid="sample-strata">
      <caption>
        How the sample is spread: contacts sampled of each adviser’s contacts on each channel
      </caption>
      <thead>
        <tr>
          <th scope="col">Adviser</th>
          {channels.map((c) => (
            <th scope="col" key={c}>
              {CHANNEL_LABELS[c]}
            </th>
          ))}
          <th scope="col">All channels</th>
        </tr>
      </thead>
      <tbody>
        {advisers.map(([staffId, name]) => (
          <tr key={staffId}>
            <th scope="row">{name}</th>
            {channels.map((c) => {
              const s = cell(staffId, c);
              return <td key={c}>{s ? `${s.drawn} of ${s.population}` : '–'}</td>;
            })}
            <td>{sum(strata.filter((s) => s.staffId === staffId))}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">All advisers</th>
          {channels.map((c) => (
            <td key={c}>{sum(strata.filter((s) => s.channel === c))}</td>
          ))}
          <td>{sum(strata)}</td>
        </tr>
      </tbody>
    </table>
  );
}
