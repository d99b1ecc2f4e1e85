// How much one push may carry, shared by the desk that packs batches and the council server
// that checks them, so the two can never disagree.

/** Whole mutations are packed into a push up to this many changes. */
export const MAX_PUSH_BATCH = 500;

/**
 * The most changes one save (mutation) may make and still be sent. A save larger than a
 * batch (a merge that moves a customer's many records, a call import) goes in a push of its
 * own: the server applies a mutation whole or not at all, so it is never split.
 */
export const MAX_MUTATION_CHANGES = 10_000;
