// A sync problem in words: what the change was to, and what someone should do about it.

const WHAT: Record<string, string> = {
  customers: 'a customer’s record',
  customer_markers: 'a warning marker',
  contacts: 'a contact',
  visits: 'a visit',
  visit_stretches: 'a visit',
  appointments: 'an appointment',
  correspondence: 'a letter or email',
  hand_offs: 'a hand-off',
  feedback: 'a complaint, compliment or comment',
  satisfaction_surveys: 'a satisfaction survey',
  settings: 'a setting',
  staff: 'a staff account',
  services: 'a service in the council’s lists',
};

export function problemWords(
  direction: 'push' | 'pull',
  entity: string | null,
): { what: string; whatToDo: string } {
  const what =
    (entity && WHAT[entity]) ?? (entity ? `a ${entity.replace(/_/g, ' ')} record` : 'a change');
  const whatToDo =
    direction === 'push'
      ? 'It is kept on this desk and offered to the server each round. Check the reason; if the change is wrong, make it again correctly and ask a team leader to mark this one dealt with.'
      : 'It came from another desk. It is tried again after each pull; if it stays, tell your team leader so the record can be checked on the desk that made it.';
  return { what, whatToDo };
}
