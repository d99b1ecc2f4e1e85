// The whole stats view as one CSV: every figure with its target and comparison, then the
// breakdowns, so the spreadsheet holds what the screen shows. A time is a number of seconds
// a spreadsheet can add up, with its readable form beside it ("393" and "6 min 33 s"), not
// text alone (issue 19).
import type { FigureUnit, StatsReport } from '../../../shared/api/stats';
import { toCsv } from './csv';
import { sourceWords } from './source-words';
import { abandonedWords, comparisonText, figureValueText, formatValue, verdictOf } from './format';

const COLUMNS = [
  { key: 'section', label: 'Section' },
  { key: 'figure', label: 'Figure' },
  { key: 'value', label: 'Value (times in seconds)' },
  { key: 'time', label: 'Time as shown' },
  { key: 'target', label: 'Target' },
  { key: 'met', label: 'Target met' },
  { key: 'detail', label: 'Detail' },
  { key: 'comparison', label: 'Against the same weekday in earlier weeks' },
];

/** A time as whole seconds and in words; anything else as shown, with no time column. */
function valueColumns(value: number | null, unit: FigureUnit, shown: string) {
  return unit === 'seconds' && value !== null
    ? { value: String(Math.round(value)), time: shown }
    : { value: shown, time: '' };
}

export function reportCsv(report: StatsReport): string {
  const rows: Record<string, string>[] = [];
  // Where the figures came from travels with them (issue 23).
  const source = sourceWords(report.source, report.asOf);
  if (source)
    rows.push({ section: 'Source', figure: 'Where the figures come from', detail: source });
  for (const section of report.sections) {
    for (const f of section.figures) {
      const verdict = verdictOf(f);
      rows.push({
        section: section.title,
        figure: f.label,
        ...valueColumns(f.value, f.unit, figureValueText(f)),
        target: f.target ?? '',
        met: verdict.state === 'none' ? '' : verdict.state === 'met' ? 'Yes' : 'No',
        detail: f.detail ?? '',
        comparison: comparisonText(f.previous, f.unit) ?? '',
      });
    }
  }
  const fcrTitles = {
    family: 'channel family',
    channel: 'channel',
    service: 'service',
    adviser: 'adviser',
  };
  for (const [key, title] of Object.entries(fcrTitles) as [keyof typeof fcrTitles, string][]) {
    for (const row of report.fcr[key]) {
      rows.push({
        section: `First-contact resolution by ${title}`,
        figure: row.label,
        ...valueColumns(row.rate, 'percent', formatValue(row.rate, 'percent', report.targets.fcr)),
        target: '',
        met: row.met === null ? '' : row.met ? 'Yes' : 'No',
        detail: `${row.resolved} of ${row.completed} completed resolved; verified ${formatValue(row.verifiedRate, 'percent', report.targets.fcr)}`,
        comparison: '',
      });
    }
  }
  for (const row of report.callsByHour) {
    const hour = `${String(row.hour).padStart(2, '0')}:00`;
    rows.push({
      section: 'Calls by hour of the day',
      figure: hour,
      ...valueColumns(
        row.averageSpeedOfAnswer,
        'seconds',
        formatValue(row.averageSpeedOfAnswer, 'seconds'),
      ),
      target: `an average of ${report.targets.averageSpeedOfAnswer} seconds or less`,
      met: row.met === null ? '' : row.met ? 'Yes' : 'No',
      detail: `${row.answered} answered, ${abandonedWords(row)}`,
      comparison: '',
    });
  }
  const volumeTitles = {
    channel: 'channel',
    service: 'service',
    interactionType: 'type of enquiry',
    customerType: 'customer type',
  };
  for (const [key, title] of Object.entries(volumeTitles) as [
    keyof typeof volumeTitles,
    string,
  ][]) {
    for (const row of report.volume[key]) {
      rows.push({
        section: `Contacts by ${title}`,
        figure: row.label,
        ...valueColumns(row.count, 'count', String(row.count)),
        target: '',
        met: '',
        detail: '',
        comparison: '',
      });
    }
  }
  return toCsv(COLUMNS, rows);
}
