import { useEffect, useRef } from 'react';
import type { ApiError } from '../../../shared/api';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A refusal's problems for the summary: each field's message, or the message on its own. */
export function problemsOf(error: ApiError): FieldProblem[] {
  const fields = Object.entries(error.fields ?? {}).map(([field, message]) => ({ field, message }));
  return fields.length > 0 ? fields : [{ field: '', message: error.message }];
}

/** GOV.UK-style error summary: focused when it appears, each problem links to its field. */
export function ErrorSummary({
  title,
  problems,
  idPrefix,
}: {
  title: string;
  problems: FieldProblem[];
  idPrefix: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={`${idPrefix}-error-title`}
    >
      <h3 id={`${idPrefix}-error-title`}>{title}</h3>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}:${p.message}`}>
            {p.field ? <a href={`#${idPrefix}-${p.field}`}>{p.message}</a> : p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
