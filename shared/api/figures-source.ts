// Where a team leader's figures came from (issue 23, "where the leader's figures come from"):
// on a desk joined to the council server, online, every desk's records on the server, council-
// wide; offline, this desk's own copy, said on every figure. A single desk has no server and
// no label.

/** A desk the council server has not heard from lately: its latest work may not be counted. */
export interface QuietDesk {
  name: string;
  /** When it last reached the server; null if it never has since enrolling. */
  lastSeenAt: string | null;
}

export type FiguresSource =
  | {
      kind: 'council';
      /** When the server worked the figures out. */
      asOf: string;
      quietDesks: QuietDesk[];
    }
  | {
      kind: 'desk';
      /** When this desk last reached the council server: its copy holds others' work to then. */
      upTo: string | null;
      /** Why the council server did not answer, in words. */
      reason: string;
    };
