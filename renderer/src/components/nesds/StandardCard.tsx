import type { StandardEvidence } from '../../../../shared/nesds/grades';
import { GRADE_LABELS } from '../../../../shared/nesds/grades';
import { gradeState, gradeText } from './grade-words';

/** One standard: what the records measured, the grade they support and why, what is next. */
export function StandardCard({ standard }: { standard: StandardEvidence }) {
  const headingId = `nesds-standard-${standard.number}`;
  return (
    <section
      className="nesds-standard"
      aria-labelledby={headingId}
      data-testid={`standard-${standard.number}`}
    >
      <h2 id={headingId}>
        Standard {standard.number}: {standard.title}
      </h2>
      <p className={`nesds-grade ${gradeState(standard)}`}>
        <strong>Grade the records support:</strong> {gradeText(standard)}
      </p>
      <p>{standard.reason}</p>
      {standard.measures.length > 0 && (
        <table className="data-table nesds-measures">
          <caption className="visually-hidden">Measured for standard {standard.number}</caption>
          <thead>
            <tr>
              <th scope="col">Measured</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {standard.measures.map((m, i) => (
              <tr key={`${m.label}-${i}`}>
                <th scope="row">{m.label}</th>
                <td>{m.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {standard.alsoShow.length > 0 && (
        <>
          <h3>To claim {GRADE_LABELS[standard.supported!]}, also show (outside the app)</h3>
          <ul>
            {standard.alsoShow.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {standard.next && (
        <>
          <h3>Still needed for {GRADE_LABELS[standard.next]}</h3>
          <ul data-testid={`standard-${standard.number}-missing`}>
            {standard.missing.map((text) => {
              const outside = standard.checks.find((c) => c.text === text)?.met === null;
              return (
                <li key={text}>
                  {text}
                  {outside && <span className="tag">Outside the app</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
