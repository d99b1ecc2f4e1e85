import type { ApiError } from '../../../../shared/api';
import type { FieldProblem } from '../ErrorSummary';

/**
 * A refusal from the back end split for the form: each field's message to show beside it,
 * and the list for the error summary (linked only where the form has that field).
 */
export function problemsOf(
  error: ApiError,
  formFields: readonly string[],
): { fields: Record<string, string>; problems: FieldProblem[] } {
  const fields = error.fields ?? {};
  const problems = Object.entries(fields).map(([field, message]) => ({
    field: formFields.includes(field) ? field : '',
    message,
  }));
  return {
    fields,
    problems: problems.length > 0 ? problems : [{ field: '', message: error.message }],
  };
}
