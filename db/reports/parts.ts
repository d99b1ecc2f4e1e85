// The pieces of a report that can be worked out on another thread: they read the database
// and return plain data (Maps and arrays survive the copy between threads).
import type { IsoDate } from '../../shared/time/london';
import type { ServiceStandard } from '../../shared/time/index';
import type { Bounds, StatsFilter } from '../queries/stats/scope';
import type { Db } from '../write';
import { breakdowns } from './breakdowns';
import type { Names } from '../queries/reference/names';
import type { HandOffStandardRow } from '../../shared/api/stats';
import { handOffRowsIn } from './hand-off-results';

export type Breakdowns = Awaited<ReturnType<typeof breakdowns>>;

export interface ReportParts {
  /** Each period's hand-off rows, worked out once over `span`, which holds them all. */
  handOffRows(
    span: Bounds,
    periods: readonly Bounds[],
    filter: StatsFilter,
    now: Date,
    standards?: Map<string, ServiceStandard>,
  ): Promise<HandOffStandardRow[][]>;
  breakdowns(
    from: IsoDate,
    to: IsoDate,
    filter: StatsFilter,
    names: Names,
    fcrTarget: number,
  ): Promise<Breakdowns>;
}

export type PartName = keyof ReportParts;

export interface PartRequest {
  id: number;
  part: PartName;
  args: unknown[];
}

/** The parts worked out on this thread, on this connection. */
export function localParts(db: Db): ReportParts {
  return {
    handOffRows: (span, periods, filter, now, standards) =>
      handOffRowsIn(db, span, periods, filter, now, standards),
    breakdowns: (from, to, filter, names, fcrTarget) =>
      breakdowns(db, from, to, filter, names, fcrTarget),
  };
}

/** Answers one request for a part (on the helper thread). */
export function runPart(parts: ReportParts, request: PartRequest): Promise<unknown> {
  if (request.part === 'handOffRows') {
    const [span, periods, filter, now, standards] = request.args as [
      Bounds,
      Bounds[],
      StatsFilter,
      Date,
      Map<string, ServiceStandard> | undefined,
    ];
    return parts.handOffRows(span, periods, filter, now, standards);
  }
  const [from, to, filter, names, fcrTarget] = request.args as [
    IsoDate,
    IsoDate,
    StatsFilter,
    Names,
    number,
  ];
  return parts.breakdowns(from, to, filter, names, fcrTarget);
}
