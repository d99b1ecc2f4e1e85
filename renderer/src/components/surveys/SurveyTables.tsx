import type { SurveyFigures } from '../../../../shared/api';
import type { SatisfactionGroup } from '../../../../shared/metrics/satisfaction';
import {
  averageText,
  BREAKDOWNS,
  changeText,
  countAndShare,
  countText,
  repliesText,
} from './survey-format';

function GroupTable({
  id,
  caption,
  heading,
  rows,
  trend,
}: {
  id: string;
  caption: string;
  heading: string;
  rows: SatisfactionGroup[];
  trend?: boolean;
}) {
  return (
    // Scrolls sideways in a narrow window; focusable so the keyboard can scroll it too.
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={trend ? 'data-table trend' : 'data-table'} data-testid={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Responses</th>
            <th scope="col">Average rating</th>
            <th scope="col">Satisfied (4 or 5)</th>
            {trend && <th scope="col">Satisfied against the month before</th>}
            <th scope="col">Could not have done more</th>
            <th scope="col">Sent surveys that came back</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key} data-group={row.label}>
              <th scope="row">{row.label}</th>
              <td>{countText(row.responses)}</td>
              <td>{averageText(row.averageRating)}</td>
              <td>{countAndShare(row.satisfied, row.satisfiedRate)}</td>
              {trend && (
                <td>{i === 0 ? '–' : changeText(rows[i - 1]!.satisfiedRate, row.satisfiedRate)}</td>
              )}
              <td>{countAndShare(row.couldNotHaveDoneMore, row.couldNotHaveDoneMoreRate)}</td>
              <td>{repliesText(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The breakdowns (NeSDS 17, Progressing: segmented) and the months (Excellent: trends). */
export function SurveyTables({ figures }: { figures: SurveyFigures }) {
  const empty = figures.overall.surveys === 0;
  return (
    <div className="survey-tables">
      {empty && <p data-testid="survey-empty">No contacts in this period have a survey.</p>}
      {BREAKDOWNS.filter((b) => !empty || b.key === 'byMonth').map((b) => (
        <GroupTable
          key={b.key}
          id={`survey-${b.key}`}
          caption={
            b.key === 'byMonth'
              ? `Month by month, ${figures.byMonth[0]?.label ?? ''} to ${figures.byMonth.at(-1)?.label ?? ''}`
              : b.caption
          }
          heading={b.heading}
          rows={figures[b.key]}
          trend={b.key === 'byMonth'}
        />
      ))}
      <p className="hint">
        “3 (75%)” means 3 responses, 75% of those for that row. “–” means there is nothing to
        measure. “Could not have done more” counts those who answered no to “could we reasonably
        have done more?”; “not sure” counts among the responses.
      </p>
    </div>
  );
}
