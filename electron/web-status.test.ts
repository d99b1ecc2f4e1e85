// The HTTP status of each answer from the browser-mode host, one per error code, while the
// body stays { ok, error: { code, message } }.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../db/open';
import { createTestBackend } from '../test/support/backend';
import { openBackend } from './api/backend';
import { MAX_BODY_BYTES, startWebHost } from './web';
import { host, post, signIn, staticDir, useWebHost, type Json } from './web.support';

useWebHost();

describe('HTTP status of each API answer (the body stays { ok, error: { code, message } })', () => {
  it('200 for a success', async () => {
    const response = await post('/api/call/auth.signInOptions', { input: {} });
    expect(response.status).toBe(200);
    expect(response.json.ok).toBe(true);
  });

  it('400 for VALIDATION', async () => {
    const response = await post('/api/call/auth.signIn', { input: {} });
    expect(response.status).toBe(400);
    expect(response.json.ok).toBe(false);
    expect(response.json.error?.code).toBe('VALIDATION');
    expect(response.json.error?.message).toBeTruthy();
  });

  it('401 with a challenge for UNAUTHENTICATED, signed out or with wrong details', async () => {
    const signedOut = await post('/api/call/contacts.mineToday', { input: {} });
    expect(signedOut.status).toBe(401);
    expect(signedOut.json.error?.code).toBe('UNAUTHENTICATED');
    expect(signedOut.headers['www-authenticate']).toBe('Session realm="Council Contact"');
    const wrong = await post('/api/call/auth.signIn', {
      input: { username: 'adviser', password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error?.code).toBe('UNAUTHENTICATED');
  });

  it('401 for LOCKED: the password is needed again', async () => {
    const cookie = await signIn('adviser');
    expect((await post('/api/call/auth.lock', { input: {} }, { Cookie: cookie })).status).toBe(200);
    const locked = await post('/api/call/contacts.mineToday', { input: {} }, { Cookie: cookie });
    expect(locked.status).toBe(401);
    expect(locked.json.error?.code).toBe('LOCKED');
  });

  it('403 for FORBIDDEN', async () => {
    const cookie = await signIn('adviser');
    const response = await post(
      '/api/call/settings.updateGeneral',
      { input: { councilName: 'Demo Borough Council', lockAfterMinutes: 5, fcrTargetPercent: 80 } },
      { Cookie: cookie },
    );
    expect(response.status).toBe(403);
    expect(response.json.error?.code).toBe('FORBIDDEN');
  });

  it('404 for UNKNOWN_METHOD and NOT_FOUND', async () => {
    const unknown = await post('/api/call/no.such', { input: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error?.code).toBe('UNKNOWN_METHOD');
    const nowhere = await post('/api/nothing', { input: {} });
    expect(nowhere.status).toBe(404);
    expect(nowhere.json.error?.code).toBe('UNKNOWN_METHOD');

    const cookie = await signIn('adviser');
    const missing = await post(
      '/api/call/handOffs.get',
      { input: { id: '01890a5d-ac96-774b-bcce-b302099a8057' } },
      { Cookie: cookie },
    );
    expect(missing.status).toBe(404);
    expect(missing.json.error?.code).toBe('NOT_FOUND');
  });

  it('409 for CONFLICT', async () => {
    const cookie = await signIn('adviser');
    const reference = await post('/api/call/reference.list', { input: {} }, { Cookie: cookie });
    const services = (reference.json.value as { services: { id: string; name: string }[] })
      .services;
    const logged = await post(
      '/api/call/correspondence.log',
      {
        input: {
          channel: 'letter',
          receivedAt: '2026-11-20T10:00:00Z',
          serviceId: services.find((s) => s.name === 'Council Tax')!.id,
          subject: 'Disputes bill',
          senderAddress: '12 High Street, WA8 7QA',
        },
      },
      { Cookie: cookie },
    );
    expect(logged.status).toBe(200);
    const reopen = await post(
      '/api/call/correspondence.reopen',
      { input: { id: (logged.json.value as { id: string }).id, reason: 'Asked again' } },
      { Cookie: cookie },
    );
    expect(reopen.status).toBe(409); // it is open already
    expect(reopen.json.error?.code).toBe('CONFLICT');
  });

  it('405 for a method the address does not take, 413 for too large, 415 for not JSON', async () => {
    const get = await new Promise<{ status: number; allow: string | undefined; json: Json }>(
      (resolve) => {
        request(
          new URL('/api/call/auth.session', host.url),
          { headers: { Origin: host.url } },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                allow: res.headers.allow,
                json: JSON.parse(text) as Json,
              }),
            );
          },
        ).end();
      },
    );
    expect(get.status).toBe(405);
    expect(get.allow).toBe('POST');

    const huge = await post('/api/call/calls.import', `{"input":"${'a'.repeat(MAX_BODY_BYTES)}"}`);
    expect(huge.status).toBe(413);
    expect(huge.json.error?.code).toBe('VALIDATION');

    const text = await post('/api/call/auth.session', '{"input":{}}', {
      'Content-Type': 'text/plain',
    });
    expect(text.status).toBe(415);
    expect(text.json.error?.code).toBe('VALIDATION');
  });

  it('500 for INTERNAL: the database went away under a running host', async () => {
    const broken = await createTestBackend();
    const brokenHost = await startWebHost({
      backend: broken.opened.backend,
      events: broken.opened.events,
      staticDir,
    });
    try {
      broken.opened.database!.sqlite.close();
      const response = await post('/api/call/auth.signInOptions', { input: {} }, {}, brokenHost);
      expect(response.status).toBe(500);
      expect(response.json.error?.code).toBe('INTERNAL');
    } finally {
      await brokenHost.close();
      await broken.close().catch(() => undefined); // its database is already closed
    }
  });

  it('503 for DATABASE: a database that cannot be opened', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cc-unopenable-'));
    mkdirSync(join(dataDir, DATABASE_FILE_NAME)); // a folder where the file should be
    const opened = await openBackend({ dataDir });
    const unopenable = await startWebHost({
      backend: opened.backend,
      events: opened.events,
      staticDir,
    });
    try {
      const response = await post('/api/call/auth.signInOptions', { input: {} }, {}, unopenable);
      expect(response.status).toBe(503);
      expect(response.json.error?.code).toBe('DATABASE');
    } finally {
      await unopenable.close();
      await opened.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
