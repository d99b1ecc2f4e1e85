// One error shape across the boundary (IPC and HTTP alike). The renderer shows `message`;
// callers and tests branch on the stable `code`.
import type { PossibleDuplicate } from './queue';

export const ERROR_CODES = [
  'VALIDATION', // the input broke a rule; `fields` says which
  'UNKNOWN_METHOD',
  'UNAUTHENTICATED', // not signed in, or the sign-in details were wrong
  'LOCKED', // signed in, but the app locked after the idle time
  'FORBIDDEN', // signed in without the role the method needs
  'NOT_FOUND',
  'CONFLICT', // the record changed state in a way that forbids this (e.g. corrected after its day)
  'ORIGIN_REFUSED', // HTTP host: the request did not come from the app itself
  'DATABASE', // the database cannot be opened or is newer than this app
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field path (e.g. `endedAt`) to a message the adviser understands. */
  fields?: Record<string, string>;
  /** CONFLICT from `customers.create`: the records already held that look like this person. */
  possibleDuplicates?: PossibleDuplicate[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by API implementations; the dispatcher turns it into `{ ok: false, error }`. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly possibleDuplicates: PossibleDuplicate[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    fields?: Record<string, string>,
    details: { possibleDuplicates?: PossibleDuplicate[] } = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.fields = fields;
    this.possibleDuplicates = details.possibleDuplicates;
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.possibleDuplicates ? { possibleDuplicates: this.possibleDuplicates } : {}),
    };
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
): Result<never> {
  return { ok: false, error: new ApiFailure(code, message, fields).toApiError() };
}
