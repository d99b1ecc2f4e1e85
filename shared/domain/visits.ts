// A One Stop Shop visit and the only moves it may make. The council promises to see every
// visitor within 10 minutes of arrival, or of their appointment time when they have one
// (Halton Customer Service Standards, "If you call at one of our offices").

export const VISIT_STATES = [
  'waiting',
  'called',
  'in_service',
  'on_hold',
  'done',
  'left',
  'no_show',
] as const;
export type VisitState = (typeof VISIT_STATES)[number];

export const VISIT_STATE_LABELS: Record<VisitState, string> = {
  waiting: 'Waiting',
  called: 'Called',
  in_service: 'Being seen',
  on_hold: 'On hold (stepped away)',
  done: 'Finished',
  left: 'Left without being seen',
  no_show: 'Did not answer when called',
};

export const VISIT_ACTIONS = [
  'call', // a desk calls the visitor (or calls them again: a recall)
  'start', // service starts at the desk: the moment the visitor is "seen"
  'hold', // the visitor steps away (to fetch a document) and will come back
  'return', // back from hold, into the queue
  'requeue', // back to the queue for a second service after the first
  'finish',
  'left', // left without being seen
  'no_show', // did not come when called
] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];

/** From each state, the actions allowed and where they lead. */
const MOVES: Record<VisitState, Partial<Record<VisitAction, VisitState>>> = {
  waiting: { call: 'called', left: 'left', hold: 'on_hold' },
  called: {
    call: 'called',
    start: 'in_service',
    no_show: 'no_show',
    left: 'left',
    return: 'waiting',
  },
  in_service: { hold: 'on_hold', requeue: 'waiting', finish: 'done' },
  on_hold: { return: 'waiting', left: 'left' },
  done: {},
  left: {},
  no_show: {},
};

const ACTION_WORDS: Record<VisitAction, string> = {
  call: 'call',
  start: 'start serving',
  hold: 'put on hold',
  return: 'put back in the queue',
  requeue: 'send back to the queue for another service',
  finish: 'finish',
  left: 'mark as left without being seen',
  no_show: 'mark as not answering',
};

export type MoveResult = { ok: true; to: VisitState } | { ok: false; message: string };

/** Where `action` takes a visit in `state`, or why it may not. */
export function nextVisitState(state: VisitState, action: VisitAction): MoveResult {
  const to = MOVES[state][action];
  if (to) return { ok: true, to };
  return {
    ok: false,
    message: `This visitor is ${VISIT_STATE_LABELS[state].toLowerCase()}, so you cannot ${ACTION_WORDS[action]} them${
      state === 'waiting' && action === 'finish' ? ': start serving them first' : ''
    }.`,
  };
}

/** A visit that no longer waits for anything. */
export function isClosedVisit(state: VisitState): boolean {
  return state === 'done' || state === 'left' || state === 'no_show';
}

/**
 * When the 10-minute clock starts: arrival, or the appointment time when the visitor has an
 * appointment and arrived before it (an early arrival is timed from the appointment time,
 * a late one from arrival).
 */
export function waitStartsAt(arrivedAt: Date, appointmentAt: Date | null): Date {
  return appointmentAt && appointmentAt.getTime() > arrivedAt.getTime() ? appointmentAt : arrivedAt;
}

/** Seconds waited: from the clock's start to first being seen, or to `now` while waiting. Never negative. */
export function waitSeconds(
  arrivedAt: Date,
  appointmentAt: Date | null,
  firstSeenAt: Date | null,
  now: Date,
): number {
  const start = waitStartsAt(arrivedAt, appointmentAt).getTime();
  const end = (firstSeenAt ?? now).getTime();
  return Math.max(0, Math.floor((end - start) / 1000));
}
