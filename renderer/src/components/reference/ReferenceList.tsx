import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ReferenceAdminData, ReferenceKind } from '../../../../shared/api';
import { REFERENCE_KIND_WORDS } from '../../../../shared/api/reference-admin';
import { textOf } from '../../form-data';
import { callApi } from '../../api/client';

export interface ReferenceRow {
  id: string;
  name: string;
  active: boolean;
  /** The kind's own columns, in the order of `columns`. */
  cells: ReactNode[];
}

/** In words, never by colour alone. */
export const statusWords = (active: boolean) => (active ? 'In use' : 'Retired');

/**
 * One of the council's lists as a table: each item's name, its own details and whether it is
 * in use, with Rename and Retire or Reinstate. Renaming happens in the row, by keyboard:
 * Enter saves, Escape puts the name back. Focus stays on the button pressed, whose words
 * change between Retire and Reinstate.
 */
export function ReferenceList({
  kind,
  columns,
  rows,
  onChanged,
  rowActions,
}: {
  kind: ReferenceKind;
  columns: string[];
  rows: ReferenceRow[];
  onChanged: (lists: ReferenceAdminData, message: string) => void;
  rowActions?: (row: ReferenceRow) => ReactNode;
}) {
  const words = REFERENCE_KIND_WORDS[kind];
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameError, setRenameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const buttonId = (row: ReferenceRow, action: string) => `${kind}-${row.id}-${action}`;

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  function stopRenaming(row: ReferenceRow) {
    setRenaming(null);
    setRenameError(null);
    // Back to where the person was, once the row shows its buttons again.
    requestAnimationFrame(() => document.getElementById(buttonId(row, 'rename'))?.focus());
  }

  async function rename(event: FormEvent<HTMLFormElement>, row: ReferenceRow) {
    event.preventDefault();
    const name = textOf(new FormData(event.currentTarget), 'name');
    const result = await callApi('reference.rename', {
      kind,
      id: row.id,
      name,
    });
    if (!result.ok) return setRenameError(result.error.fields?.name ?? result.error.message);
    const renamed = result.value[listOf(kind)].find((i) => i.id === row.id)?.name ?? name;
    stopRenaming(row);
    onChanged(result.value, `${row.name} is now called ${renamed}.`);
  }

  async function retireOrReinstate(row: ReferenceRow) {
    setError(null);
    const method = row.active ? 'reference.retire' : 'reference.reinstate';
    const result = await callApi(method, { kind, id: row.id });
    if (!result.ok) return setError(result.error.message);
    requestAnimationFrame(() => document.getElementById(buttonId(row, 'status'))?.focus());
    onChanged(
      result.value,
      row.active
        ? `${row.name} is retired: it has left the pick-lists and stays on the records that used it.`
        : `${row.name} is in use again: it is back in the pick-lists.`,
    );
  }

  return (
    <>
      {error && (
        <p role="alert" className="error-text" tabIndex={-1} ref={errorRef}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <table className="data-table">
        <caption className="visually-hidden">{words.many}, in use and retired</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
            <th scope="col">Status</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`${kind}-row`}>
              <th scope="row">
                {renaming === row.id ? (
                  <form
                    className="row-actions"
                    noValidate
                    onSubmit={(e) => void rename(e, row)}
                    onKeyDown={(e) => e.key === 'Escape' && stopRenaming(row)}
                  >
                    <input
                      name="name"
                      defaultValue={row.name}
                      autoComplete="off"
                      autoFocus
                      aria-label={`New name for ${row.name}`}
                      aria-invalid={renameError ? true : undefined}
                      aria-describedby={renameError ? `${kind}-rename-error` : undefined}
                    />
                    <button type="submit">Save</button>
                    <button type="button" onClick={() => stopRenaming(row)}>
                      Cancel
                    </button>
                  </form>
                ) : (
                  row.name
                )}
                {renaming === row.id && renameError && (
                  <span id={`${kind}-rename-error`} className="field-error" role="alert">
                    <span aria-hidden="true">⚠ </span>
                    {renameError}
                  </span>
                )}
              </th>
              {row.cells.map((cell, i) => (
                <td key={columns[i]}>{cell}</td>
              ))}
              <td>{statusWords(row.active)}</td>
              <td>
                <div className="row-actions">
                  {renaming !== row.id && (
                    <button
                      type="button"
                      id={buttonId(row, 'rename')}
                      aria-label={`Rename ${row.name}`}
                      onClick={() => {
                        setError(null);
                        setRenameError(null);
                        setRenaming(row.id);
                      }}
                    >
                      Rename
                    </button>
                  )}
                  <button
                    type="button"
                    id={buttonId(row, 'status')}
                    aria-label={`${row.active ? 'Retire' : 'Reinstate'} ${row.name}`}
                    onClick={() => void retireOrReinstate(row)}
                  >
                    {row.active ? 'Retire' : 'Reinstate'}
                  </button>
                  {rowActions?.(row)}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The list in ReferenceAdminData that holds a kind's items. */
export function listOf(kind: ReferenceKind): keyof ReferenceAdminData {
  return kind === 'interactionType' ? 'interactionTypes' : `${kind}s`;
}
