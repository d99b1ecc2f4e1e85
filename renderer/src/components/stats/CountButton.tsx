import type { OpenRecords, RecordsRequest } from './types';

/** A count in a table that opens its records; a screen reader hears what it opens. */
export function CountButton({
  count,
  what,
  request,
  onOpen,
}: {
  count: number;
  /** e.g. "not resolved, Council Tax". */
  what: string;
  request: RecordsRequest;
  onOpen: OpenRecords;
}) {
  if (count === 0) return <>0</>;
  return (
    <button type="button" className="link-button" onClick={() => onOpen(request)}>
      {count.toLocaleString('en-GB')}
      <span className="visually-hidden"> {what}: show them</span>
    </button>
  );
}
