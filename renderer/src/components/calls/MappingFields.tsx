import {
  CALL_FIELDS,
  type CallField,
  type CallMapping,
} from '../../../../shared/calls/call-records';
import { Field } from '../Field';

export type MappingDraft = Record<CallField, string>;

export const EMPTY_DRAFT: MappingDraft = {
  callId: '',
  started: '',
  wait: '',
  result: '',
  agent: '',
  transferred: '',
  transferReason: '',
};

export const draftOf = (mapping: Partial<CallMapping>): MappingDraft => ({
  ...EMPTY_DRAFT,
  ...Object.fromEntries(Object.entries(mapping).map(([k, v]) => [k, v ?? ''])),
});

/** The mapping as the API takes it: optional fields left unmapped are null. */
export const mappingOf = (draft: MappingDraft) => ({
  callId: draft.callId || null,
  started: draft.started,
  wait: draft.wait,
  result: draft.result,
  agent: draft.agent || null,
  transferred: draft.transferred || null,
  transferReason: draft.transferReason || null,
});

/** Which column of the file gives each field of a call record. */
export function MappingFields({
  headers,
  draft,
  errors,
  onChange,
}: {
  headers: string[];
  draft: MappingDraft;
  errors: Partial<Record<CallField, string>>;
  onChange: (draft: MappingDraft) => void;
}) {
  return (
    <fieldset className="mapping-fields">
      <legend>Which column gives each part of a call</legend>
      {(Object.keys(CALL_FIELDS) as CallField[]).map((field) => {
        const { label, required } = CALL_FIELDS[field];
        return (
          <Field
            key={field}
            id={`call-map-${field}`}
            label={required ? label : `${label} (optional)`}
            error={errors[field]}
          >
            <select
              value={draft[field]}
              onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
            >
              <option value="">{required ? 'Choose a column' : 'Not in this file'}</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </Field>
        );
      })}
    </fieldset>
  );
}
