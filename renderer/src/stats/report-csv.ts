// The whole stats view as one CSV: every figure with its target and comparison, then the
// breakdowns, so the spreadsheet holds what the screen shows.
import type { StatsReport } from '../../../shared/api/stats';
import { toCsv } from './csv';
import { comparisonText, formatValue, verdictOf } from './format';

const COLUMNS = [
  { key: 'section', label: 'Section' },
  { key: 'figure', label: 'Figure' },
  { key: 'value', label: 'Value' },
  { key: 'target', label: 'Target' },
  { key: 'met', label: 'Target met' },
  { key: 'detail', label: 'Detail' },
  { key: 'comparison', label: 'Against the same weekday, previous 4 weeks' },
];

export function reportCsv(report: StatsReport): string {
  const rows: Record<string, string>[] = [];
  for (const section of report.sections) {
    for (const f of section.figures) {
      const verdict = verdictOf(f);
      rows.push({
        section: section.title,
        figure: f.label,
        value: formatValue(f.value, f.unit),
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
        value: formatValue(row.rate, 'percent'),
        target: '',
        met: row.met === null ? '' : row.met ? 'Yes' : 'No',
        detail: `${row.resolved} of ${row.completed} completed resolved; verified ${formatValue(row.verifiedRate, 'percent')}`,
        comparison: '',
      });
    }
  }
  for (const row of report.callsByHour) {
    const hour = `${String(row.hour).padStart(2, '0')}:00`;
    rows.push({
      section: 'Calls by hour of the day',
      figure: hour,
      value: formatValue(row.averageSpeedOfAnswer, 'seconds'),
      target: `an average of ${report.targets.averageSpeedOfAnswer} seconds or less`,
      met: row.met === null ? '' : row.met ? 'Yes' : 'No',
      detail: `${row.answered} answered, ${row.abandoned} abandoned (${formatValue(row.abandonedShare, 'percent')})`,
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
        value: String(row.count),
        target: '',
        met: '',
        detail: '',
        comparison: '',
      });
    }
  }
  return toCsv(COLUMNS, rows);
}
