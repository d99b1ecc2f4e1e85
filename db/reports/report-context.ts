// What every report needs before it counts: who and where it covers (a team is resolved to
// its staff, so all figures filter alike), the period's instants, and the council's targets
// as set in settings and its standards (nothing hard-coded a council would change).
import { answerTargetSeconds, waitLimitMinutes } from '../queries/targets';
import type { StatsScope } from '../../shared/api/stats';
import { ApiFailure } from '../../shared/api/errors';
import { londonDayBounds, type IsoDate } from '../../shared/time/london';
import { getSetting } from '../queries/settings/settings';
import { siteName } from '../queries/reference/site-name';
import { staffDisplayName, teamMemberIds } from '../queries/staff/team-members';
import { activeStandards } from '../queries/calendar-settings/standards';
import type { Bounds, StatsFilter } from '../queries/stats/scope';
import type { Db } from '../write';
import type { Limits } from './day-totals';

export interface Targets extends Limits {
  fcrTarget: number;
  /** Share of visitors to be seen within the wait limit (the standard's percentage). */
  waitSharePercent: number;
  /** Share of letters and emails to be answered within their standard. */
  replySharePercent: number;
}

export interface ReportContext {
  from: IsoDate;
  to: IsoDate;
  bounds: Bounds;
  filter: StatsFilter;
  label: string;
  targets: Targets;
  now: Date;
}

export function boundsOf(from: IsoDate, to: IsoDate): Bounds {
  return {
    start: londonDayBounds(from).start.toISOString(),
    end: londonDayBounds(to).end.toISOString(),
  };
}

async function targetsOf(db: Db): Promise<Targets> {
  const [fcrPercent, waitLimit, waits, asaTargetSeconds, replies] = await Promise.all([
    getSetting(db, 'targets.fcrPercent'),
    waitLimitMinutes(db),
    activeStandards(db, 'face_to_face_wait'),
    answerTargetSeconds(db),
    activeStandards(db, 'correspondence_reply'),
  ]);
  return {
    fcrTarget: fcrPercent / 100,
    waitLimitMinutes: waitLimit,
    waitSharePercent: waits[0]?.standard.thresholds[0]?.percent ?? 100,
    asaTargetSeconds,
    replySharePercent: replies[0]?.standard.thresholds[0]?.percent ?? 100,
  };
}

export async function reportContext(db: Db, scope: StatsScope, now: Date): Promise<ReportContext> {
  const filter: StatsFilter = {};
  const labels: string[] = [];
  if (scope.siteId) {
    const site = await siteName(db, scope.siteId);
    if (site === undefined) throw new ApiFailure('NOT_FOUND', 'That site does not exist.');
    filter.siteId = scope.siteId;
    labels.push(site);
  } else {
    labels.push('All sites');
  }
  if (scope.staffId) {
    const adviser = await staffDisplayName(db, scope.staffId);
    if (adviser === undefined) throw new ApiFailure('NOT_FOUND', 'That adviser does not exist.');
    filter.staffIds = [scope.staffId];
    labels.push(adviser);
  } else if (scope.team) {
    const members = await teamMemberIds(db, scope.team);
    if (members.length === 0) throw new ApiFailure('NOT_FOUND', 'No one is in that team.');
    filter.staffIds = members;
    labels.push(`${scope.team} team`);
  } else {
    labels.push('all teams');
  }
  return {
    from: scope.from,
    to: scope.to,
    bounds: boundsOf(scope.from, scope.to),
    filter,
    label: labels.join(', '),
    targets: await targetsOf(db),
    now,
  };
}
