// Letters, emails, web forms, SMS and faxes through one work list (NeSDS standards 3 and 5):
// logged as they arrive, worked against the reply standard, and counted in the figures.
import type { Handlers } from '../context';
import { listHandlers } from './list-handlers';
import { logHandlers } from './log-handlers';
import { workHandlers } from './work-handlers';

export const correspondenceHandlers: Pick<
  Handlers,
  | 'correspondence.log'
  | 'correspondence.list'
  | 'correspondence.get'
  | 'correspondence.assign'
  | 'correspondence.acknowledge'
  | 'correspondence.redirect'
  | 'correspondence.holdingReply'
  | 'correspondence.respond'
  | 'correspondence.reopen'
  | 'correspondence.figures'
  | 'correspondence.history'
  | 'staff.list'
> = { ...logHandlers, ...listHandlers, ...workHandlers };
