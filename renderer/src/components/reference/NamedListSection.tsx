import type { ReferenceAdminData } from '../../../../shared/api';
import { AddItemForm } from './AddItemForm';
import { ReferenceList } from './ReferenceList';

type Change = (lists: ReferenceAdminData, message: string) => void;

/**
 * Enquiry types (BVPI 157's eight, whose names are fixed, and the council's own): what each
 * contact was for, counted by type in the figures.
 */
export function InteractionTypeSection({
  lists,
  onChanged,
}: {
  lists: ReferenceAdminData;
  onChanged: Change;
}) {
  return (
    <>
      <ReferenceList
        kind="interactionType"
        columns={['National type (BVPI 157)']}
        rows={lists.interactionTypes.map((t) => ({
          ...t,
          cells: [t.bvpi157 ? 'Yes: the name is fixed' : 'No: the council’s own'],
        }))}
        onChanged={onChanged}
      />
      <AddItemForm
        kind="interactionType"
        nameLabel="Enquiry type"
        details={() => ({ kind: 'interactionType' })}
        onAdded={onChanged}
      />
    </>
  );
}

/** Teams staff belong to: offered when an account is added; "my team" and reports use them. */
export function TeamSection({
  lists,
  onChanged,
}: {
  lists: ReferenceAdminData;
  onChanged: Change;
}) {
  return (
    <>
      <ReferenceList
        kind="team"
        columns={['Members']}
        rows={lists.teams.map((t) => ({
          ...t,
          cells: [t.staffCount === 1 ? '1 member of staff' : `${t.staffCount} members of staff`],
        }))}
        onChanged={onChanged}
      />
      <AddItemForm
        kind="team"
        nameLabel="Team name"
        details={() => ({ kind: 'team' })}
        onAdded={onChanged}
      />
    </>
  );
}
