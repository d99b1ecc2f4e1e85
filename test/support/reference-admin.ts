// Helpers for the reference data administration tests (issue 18, item 3): the lists by
// name, what the pick-lists offer, one valid new item of each kind, and row counts that
// prove a refusal wrote nothing.
import type { InputOf, ReferenceAdminData, ReferenceKind, Result } from '../../shared/api';
import { ok, type TestBackend } from './backend';

export type NewItem = InputOf<'reference.add'>;

export const LIST_OF: Record<ReferenceKind, keyof ReferenceAdminData> = {
  site: 'sites',
  service: 'services',
  department: 'departments',
  interactionType: 'interactionTypes',
  team: 'teams',
};

export const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
export const messageOf = (result: Result<unknown>) => (result.ok ? '' : result.error.message);

export function referenceHelpers(backend: () => TestBackend) {
  const sql = (query: string, ...params: unknown[]) =>
    backend()
      .opened.database!.sqlite.prepare(query)
      .all(...params) as Record<string, unknown>[];

  /** Rows in every table but the sign-in ones, to prove a refusal wrote nothing. */
  function rowCounts(): Record<string, number> {
    const tables = sql(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not in ('audit_events', 'sign_in_failures')",
    ).map((t) => String(t.name));
    return Object.fromEntries(
      tables.map((t) => [t, Number(sql(`select count(*) as n from "${t}"`)[0]!.n)]),
    );
  }

  const all = (): Promise<ReferenceAdminData> => ok(backend().call('reference.all', {}));

  async function item(kind: ReferenceKind, name: string) {
    const found = (await all())[LIST_OF[kind]].find((i) => i.name === name);
    if (!found) throw new Error(`no ${kind} called ${name}`);
    return found;
  }

  /** What an adviser's pick-lists offer (reference.list). */
  async function pickList(kind: ReferenceKind): Promise<string[]> {
    const list = await ok(backend().call('reference.list', {}));
    const items = {
      site: list.sites,
      service: list.services,
      department: list.departments,
      interactionType: list.interactionTypes,
      team: list.teams,
    }[kind];
    return items.map((i) => i.name);
  }

  const add = (input: NewItem) => backend().call('reference.add', input);

  /** One valid new item of each kind. */
  async function additions(): Promise<Record<ReferenceKind, NewItem>> {
    return {
      site: { kind: 'site', name: 'Library Hub', siteKind: 'one_stop_shop', ticketPrefix: 'e' },
      service: {
        kind: 'service',
        name: 'Garden Waste Subscriptions',
        departmentId: (await item('department', 'Waste and Street Scene')).id,
      },
      department: {
        kind: 'department',
        name: 'Bereavement Services',
        contactName: 'Duty bereavement officer',
        contactEmail: 'bereavement@example.gov.uk',
        escalationContact: '',
      },
      interactionType: { kind: 'interactionType', name: 'Requesting a document' },
      team: { kind: 'team', name: 'Revenues Helpline' },
    };
  }

  return { sql, rowCounts, all, item, pickList, add, additions };
}
