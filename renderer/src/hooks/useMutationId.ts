import { useCallback, useRef } from 'react';
import { v7 as uuidv7 } from 'uuid';

/**
 * The id a form's save carries (issue 19, "nothing recorded twice"): made when the form
 * opens, kept through refusals and failed connections, and renewed only once the save has
 * gone through. Saving again after "the back end did not answer" therefore cannot record
 * the same contact twice: if the first save did arrive, its answer comes back instead.
 */
export function useMutationId(): { current: () => string; renew: () => void } {
  const id = useRef(uuidv7());
  const current = useCallback(() => id.current, []);
  const renew = useCallback(() => {
    id.current = uuidv7();
  }, []);
  return { current, renew };
}
