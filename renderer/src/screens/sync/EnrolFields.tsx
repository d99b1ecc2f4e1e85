// The three things joining a council server takes (issue 21): the server's address, a
// one-time enrolment code and this desk's name. Settings uses them to join a council's PC;
// the first-run screen to join a new PC to a council already there.
import { Field } from '../../components/Field';

export function EnrolFields({
  idPrefix,
  errorOf,
}: {
  idPrefix: string;
  errorOf: (field: string) => string | undefined;
}) {
  return (
    <>
      <Field
        id={`${idPrefix}-serverUrl`}
        label="Server address"
        hint="As your IT team gave it, e.g. https://contact.council.gov.uk."
        error={errorOf('serverUrl')}
      >
        <input name="serverUrl" type="url" autoComplete="off" spellCheck={false} />
      </Field>
      <Field
        id={`${idPrefix}-code`}
        label="Enrolment code"
        hint="16 letters and digits, e.g. 7K3M-Q9TX-2B4N-H8WD. Each code joins one desk, once."
        error={errorOf('code')}
      >
        <input name="code" autoComplete="off" spellCheck={false} className="code-input" />
      </Field>
      <Field
        id={`${idPrefix}-deskName`}
        label="Desk name"
        hint="How other desks and the server will name this PC, e.g. Desk 3."
        error={errorOf('deskName')}
      >
        <input name="deskName" autoComplete="off" />
      </Field>
    </>
  );
}
