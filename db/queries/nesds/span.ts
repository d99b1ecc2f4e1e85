// The period the NeSDS evidence covers, as stored instants.

/** Instants [from, to) of a period of London days. */
export interface Span {
  from: string;
  to: string;
}
