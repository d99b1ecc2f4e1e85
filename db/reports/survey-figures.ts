// A period's satisfaction (NeSDS standard 17): overall, segmented by channel, service, site
// and customer type (Progressing), and month by month so trends show (Excellent). Surveys
// count by the London date of the contact they ask about: the transaction is what is
// measured, whenever the answer came in.
import type { SurveyFigures } from '../../shared/api/index';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../../shared/domain/channels';
import {
  satisfactionByGroup,
  satisfactionFigures,
  type SatisfactionGroup,
  type SurveyAnswers,
} from '../../shared/metrics/satisfaction';
import { londonDateOf, londonDayBounds } from '../../shared/time/london';
import { listSurveysOfContacts } from '../queries/surveys/surveys';
import type { ReadableDB } from '../handles';

/** The trend shows at least this many months, to the end of the period. */
export const TREND_MONTHS = 12;

const monthFormatter = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "November 2026" for `2026-11`. */
export function monthLabel(month: string): string {
  return monthFormatter.format(new Date(`${month}-15T12:00:00Z`));
}

/** `YYYY-MM` a number of months after (or before, when negative) another. */
function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  return date.toISOString().slice(0, 7);
}

function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

interface CountedSurvey extends SurveyAnswers {
  contactDate: string;
  channel: Channel;
  serviceId: string;
  serviceName: string;
  siteId: string;
  siteName: string;
  customerTypeId: string;
  customerTypeName: string;
}

const byLabel = (a: SatisfactionGroup, b: SatisfactionGroup) => a.label.localeCompare(b.label);
const byChannelOrder = (a: SatisfactionGroup, b: SatisfactionGroup) =>
  CHANNELS.indexOf(a.key as Channel) - CHANNELS.indexOf(b.key as Channel);

export async function surveyFigures(
  db: ReadableDB,
  input: { from: string; to: string; siteId?: string | undefined },
  /** Months the trend reaches back from the period's end; 1 keeps to the period itself (the
   * NeSDS evidence needs no trend, and a year of a large council's contacts takes seconds). */
  trendMonths = TREND_MONTHS,
): Promise<SurveyFigures> {
  const lastMonth = input.to.slice(0, 7);
  const earliest = addMonths(lastMonth, -(trendMonths - 1));
  const firstMonth = input.from.slice(0, 7) < earliest ? input.from.slice(0, 7) : earliest;
  const rows = await listSurveysOfContacts(db, {
    from: londonDayBounds(`${firstMonth}-01`).start.toISOString(),
    to: londonDayBounds(input.to).end.toISOString(),
    siteId: input.siteId,
  });
  const all: CountedSurvey[] = rows.map((r) => ({
    method: r.method,
    rating: r.rating,
    couldHaveDoneMore: r.could_have_done_more,
    contactDate: londonDateOf(r.started_at),
    channel: r.channel as Channel,
    serviceId: r.service_id,
    serviceName: r.service_name,
    siteId: r.site_id,
    siteName: r.site_name,
    customerTypeId: r.customer_type_id,
    customerTypeName: r.customer_type_name,
  }));
  const inPeriod = all.filter((s) => s.contactDate >= input.from);
  const byMonth = new Map<string, CountedSurvey[]>();
  for (const s of all) {
    const month = s.contactDate.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(s);
    else byMonth.set(month, [s]);
  }
  return {
    from: input.from,
    to: input.to,
    siteId: input.siteId ?? null,
    overall: satisfactionFigures(inPeriod),
    byChannel: satisfactionByGroup(
      inPeriod,
      (s) => ({ key: s.channel, label: CHANNEL_LABELS[s.channel] }),
      byChannelOrder,
    ),
    byService: satisfactionByGroup(
      inPeriod,
      (s) => ({ key: s.serviceId, label: s.serviceName }),
      byLabel,
    ),
    bySite: satisfactionByGroup(inPeriod, (s) => ({ key: s.siteId, label: s.siteName }), byLabel),
    byCustomerType: satisfactionByGroup(
      inPeriod,
      (s) => ({ key: s.customerTypeId, label: s.customerTypeName }),
      byLabel,
    ),
    byMonth: monthsFrom(firstMonth, lastMonth).map((month) => ({
      key: month,
      label: monthLabel(month),
      ...satisfactionFigures(byMonth.get(month) ?? []),
    })),
  };
}
