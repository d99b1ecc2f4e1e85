import type { ReferenceAdminData } from '../../../../shared/api';
import { activeOnly } from '../../active-items';
import { textOf } from '../../form-data';
import { Field } from '../Field';
import { AddItemForm } from './AddItemForm';
import { ReferenceList } from './ReferenceList';

/** The services contacts are recorded against, each run by a department in use. */
export function ServiceSection({
  lists,
  onChanged,
}: {
  lists: ReferenceAdminData;
  onChanged: (lists: ReferenceAdminData, message: string) => void;
}) {
  const departments = activeOnly(lists.departments);
  return (
    <>
      <ReferenceList
        kind="service"
        columns={['Run by']}
        rows={lists.services.map((s) => ({ ...s, cells: [s.departmentName] }))}
        onChanged={onChanged}
      />
      <AddItemForm
        kind="service"
        nameLabel="Service name"
        details={(form) => ({ kind: 'service', departmentId: textOf(form, 'departmentId') })}
        onAdded={onChanged}
      >
        {(errorOf) => (
          <Field
            id="add-service-departmentId"
            label="Department that runs it"
            error={errorOf('departmentId')}
          >
            <select name="departmentId" defaultValue="">
              <option value="" disabled>
                Choose a department
              </option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </Field>
        )}
      </AddItemForm>
    </>
  );
}
