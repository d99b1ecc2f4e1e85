// Another member of staff working at the same time, over the real HTTP host: a journey uses
// this to set up what colleagues did before the person it follows sits down (their contacts,
// a drawn sample), so each journey drives one person's screens and stays short. The calls
// go through the same contract, validation and database as the app's own.
import type { InputOf, MethodName, OutputOf, Result } from '../../shared/api';
import { DEMO_PASSWORD } from '../../electron/api/setup/demo-council';
import { sessionCookieFrom } from '../../electron/web';
import type { RunningHost } from './host';

export interface StaffApi {
  call<K extends MethodName>(method: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /** The demo council's reference data by name (services, enquiry types, sites, ...). */
  ids(): Promise<ReferenceIds>;
}

export interface ReferenceIds {
  service(name: string): string;
  interactionType(name: string): string;
  customerType(name: string): string;
  site(name: string): string;
  department(name: string): string;
}

/** Signs `username` in on the host, as a colleague at another desk would. */
export async function signedIn(host: RunningHost, username: string): Promise<StaffApi> {
  let cookie = '';
  async function post(method: string, input: unknown): Promise<unknown> {
    const response = await fetch(`${host.url}/api/call/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: host.url, Cookie: cookie },
      body: JSON.stringify({ input }),
    });
    const issued = sessionCookieFrom(response.headers.get('set-cookie'));
    if (issued) cookie = issued;
    const result = (await response.json()) as Result<unknown>;
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }
  await post('auth.signIn', { username, password: DEMO_PASSWORD });
  const api: StaffApi = {
    call: (method, input) => post(method, input) as never,
    async ids() {
      const r = await api.call('reference.list', {});
      const find = (list: { id: string; name: string }[], kind: string) => (name: string) => {
        const found = list.find((item) => item.name === name);
        if (!found) throw new Error(`no ${kind} called ${name}`);
        return found.id;
      };
      return {
        service: find(r.services, 'service'),
        interactionType: find(r.interactionTypes, 'enquiry type'),
        customerType: find(r.customerTypes, 'customer type'),
        site: find(r.sites, 'site'),
        department: find(r.departments, 'department'),
      };
    },
  };
  return api;
}
