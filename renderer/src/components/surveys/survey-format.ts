// Surveys and their figures in words, the same on screen and in the CSV. The figures'
// definitions live once in shared/metrics/satisfaction; this file only writes them.
import type { SurveyFigures, SurveyView } from '../../../../shared/api';
import { SURVEY_SENT_WORDS } from '../../../../shared/domain/surveys';
import type { SatisfactionFigures } from '../../../../shared/metrics/satisfaction';
import { formatValue } from '../../../../shared/metrics/figure-format';

/** A count as the screen writes it: "1,292". */
export const countText = (n: number) => formatValue(n, 'count');

/** "75%"; a dash when there is nothing to measure. */
export function percentText(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** "3.8" (one decimal place); a dash with no responses. */
export function averageText(average: number | null): string {
  return average === null ? '–' : average.toFixed(1);
}

/** The state of a contact's survey, in words: "Rated 4 of 5". */
export function surveyStateText(survey: SurveyView): string {
  if (survey.rating !== null) return `Rated ${survey.rating} of 5`;
  return `Survey ${SURVEY_SENT_WORDS[survey.sentVia!]}, awaiting reply`;
}

/** What a survey now holds, mid-sentence: "rated 4 of 5". */
export function surveyOutcomeText(survey: SurveyView): string {
  return survey.rating !== null
    ? `rated ${survey.rating} of 5`
    : `${SURVEY_SENT_WORDS[survey.sentVia!]}, awaiting a reply`;
}

/** The confirmation once saved: "Survey saved: rated 4 of 5." */
export function surveySavedText(survey: SurveyView): string {
  return `Survey saved: ${surveyOutcomeText(survey)}.`;
}

export const FIGURE_COLUMNS = [
  { key: 'surveys', label: 'Surveys' },
  { key: 'responses', label: 'Responses' },
  { key: 'averageRating', label: 'Average rating (1 to 5)' },
  { key: 'satisfied', label: 'Satisfied (rated 4 or 5)' },
  { key: 'satisfiedRate', label: '% satisfied' },
  { key: 'couldNotHaveDoneMore', label: 'Said we could not reasonably have done more' },
  { key: 'couldNotHaveDoneMoreRate', label: '% could not have done more' },
  { key: 'sent', label: 'Sent to answer later' },
  { key: 'sentReplies', label: 'Replies to sent surveys' },
  { key: 'responseRate', label: 'Response rate' },
] as const;

/** One row of figures as the tables and the CSV show them. */
export function figureCells(f: SatisfactionFigures): Record<string, string> {
  return {
    surveys: String(f.surveys),
    responses: String(f.responses),
    averageRating: averageText(f.averageRating),
    satisfied: String(f.satisfied),
    satisfiedRate: percentText(f.satisfiedRate),
    couldNotHaveDoneMore: String(f.couldNotHaveDoneMore),
    couldNotHaveDoneMoreRate: percentText(f.couldNotHaveDoneMoreRate),
    sent: String(f.sent),
    sentReplies: String(f.sentReplies),
    responseRate: percentText(f.responseRate),
  };
}

/** "3 (75%)": how many and what share of the responses; a dash with none. */
export function countAndShare(count: number, rate: number | null): string {
  return rate === null ? '–' : `${countText(count)} (${percentText(rate)})`;
}

/** "1 of 2 (50%)" sent surveys came back; a dash when none were sent. */
export function repliesText(f: SatisfactionFigures): string {
  return f.responseRate === null
    ? '–'
    : `${countText(f.sentReplies)} of ${countText(f.sent)} (${percentText(f.responseRate)})`;
}

/** The % satisfied against the month before, in whole percentage points, with an arrow. */
export function changeText(before: number | null, now: number | null): string {
  if (before === null || now === null) return '–';
  const points = Math.round(now * 100) - Math.round(before * 100);
  if (points === 0) return '▬ Level';
  const size = `${Math.abs(points)} point${Math.abs(points) === 1 ? '' : 's'}`;
  return points > 0 ? `▲ Up ${size}` : `▼ Down ${size}`;
}

export const BREAKDOWNS = [
  { key: 'byChannel', heading: 'Channel', caption: 'By channel' },
  { key: 'byService', heading: 'Service', caption: 'By service' },
  { key: 'bySite', heading: 'Site', caption: 'By site' },
  { key: 'byCustomerType', heading: 'Customer type', caption: 'By customer type' },
  { key: 'byMonth', heading: 'Month', caption: 'Month by month' },
] as const;

export const CSV_COLUMNS = [
  { key: 'breakdown', label: 'Breakdown' },
  { key: 'group', label: 'Group' },
  ...FIGURE_COLUMNS,
];

/** Every table on the screen, one after another: the overall line, then each breakdown. */
export function figuresCsvRows(figures: SurveyFigures): Record<string, string>[] {
  const rows = [{ breakdown: 'All surveys', group: 'All', ...figureCells(figures.overall) }];
  for (const { key, heading } of BREAKDOWNS)
    for (const row of figures[key])
      rows.push({ breakdown: heading, group: row.label, ...figureCells(row) });
  return rows;
}
