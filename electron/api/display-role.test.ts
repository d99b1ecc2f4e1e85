// The waiting-area display role (go-live issue, item 2) through dispatch: an administrator
// adds a display account; once it has its own password it reads the now-calling board (tickets
// and desks only) and is refused every other method, the full queue board included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type MethodName, type Result } from '../../shared/api';
import { DISPLAY_METHODS } from '../../shared/api/define';
import { createTestBackend, ok, type TestBackend } from '../../test/support/backend';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T10:00:00Z');
});
afterEach(async () => {
  await backend.close();
});

const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
const NEW_PASSWORD = 'copper lantern harbour';

async function signInAsDisplay(): Promise<void> {
  await backend.signIn('admin');
  const sites = (await ok(backend.call('reference.list', {}))).sites;
  const added = await ok(
    backend.call('staff.add', {
      displayName: 'Foyer screen',
      username: 'foyer',
      role: 'display',
      siteId: sites.find((s) => s.name !== 'Contact Centre')!.id,
    }),
  );
  await ok(backend.call('auth.signIn', { username: 'foyer', password: added.oneTimePassword }));
  await ok(
    backend.call('auth.changePassword', {
      currentPassword: added.oneTimePassword,
      newPassword: NEW_PASSWORD,
    }),
  );
}

describe('the waiting-area display role', () => {
  it('reads the now-calling board with tickets and desks only', async () => {
    await signInAsDisplay();
    const board = await ok(backend.call('queue.nowCalling', {}));
    expect(Object.keys(board).sort()).toEqual(['calls', 'site']);
    expect(board.calls).toEqual([]);
    expect(codeOf(await backend.call('reference.list', {}))).toBe('OK');
  });

  it('is refused every other signed-in method', async () => {
    await signInAsDisplay();
    const refused: string[] = [];
    for (const name of Object.keys(contract) as MethodName[]) {
      const spec = contract[name];
      if (spec.access !== 'session' || DISPLAY_METHODS.includes(name)) continue;
      // An empty input: the role is checked before the input, so every one is FORBIDDEN.
      const result = await backend.raw(name, {});
      if (codeOf(result) !== 'FORBIDDEN') refused.push(`${name}: ${codeOf(result)}`);
    }
    expect(refused).toEqual([]);
    expect(codeOf(await backend.call('queue.board', {}))).toBe('FORBIDDEN');
    expect(codeOf(await backend.call('customers.find', { query: 'Smith' }))).toBe('FORBIDDEN');
  });

  it('sees a ticket called at its site', async () => {
    await signInAsDisplay();
    const site = (await ok(backend.call('auth.session', {})))!.site;
    await backend.signIn('adviser');
    const ids = await ok(backend.call('reference.list', {}));
    const service = ids.services[0]!;
    await ok(backend.call('queue.checkIn', { siteId: site.id, serviceId: service.id }));
    const desk = await ok(
      backend.call('desks.open', { siteId: site.id, name: 'Desk 7', serviceIds: [] }),
    );
    await ok(backend.call('queue.callNext', { deskId: desk.id }));
    await backend.call('auth.signIn', { username: 'foyer', password: NEW_PASSWORD });
    const board = await ok(backend.call('queue.nowCalling', {}));
    expect(board.site).toBe(site.name);
    expect(board.calls).toHaveLength(1);
    expect(board.calls[0]).toMatchObject({
      deskName: 'Desk 7',
      calledAt: '2026-11-23T10:00:00.000Z',
    });
    expect(board.calls[0]!.ticket).toMatch(/^[A-Z]\d{3}$/);
  });
});
