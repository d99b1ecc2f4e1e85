// Two server instances on one database, as behind a load balancer: a desk may enrol on one,
// push to either and pull from the other, because nothing lives in either process.
import { expect, it } from 'vitest';
import { buildServer } from './app';
import { migrateServer } from './db/migrate';
import { createEnrolmentCode } from './enrolment/enrol';
import type { PullPage } from './sync/pull';
import type { PushResult } from './sync/push';
import { change } from './test/sync-client';
import { freshDatabase } from './test/fresh-database';

it('two instances both take pushes, and a pull from either sees both in one order', async () => {
  const database = await freshDatabase();
  const [dbA, dbB] = [database.connect(), database.connect()];
  await Promise.all([migrateServer(dbA), migrateServer(dbB)]);
  const servers = [buildServer({ db: dbA }), buildServer({ db: dbB })];
  const [one, two] = await Promise.all(
    servers.map((app) => app.listen({ port: 0, host: '127.0.0.1' })),
  );
  try {
    const request = async <T>(url: string, init: RequestInit = {}, auth?: string) => {
      const headers = {
        'content-type': 'application/json',
        ...(auth ? { authorization: auth } : {}),
      };
      const response = await fetch(url, { ...init, headers });
      expect(response.status, url).toBe(200);
      return (await response.json()) as T;
    };
    const enrolAt = async (address: string, name: string) => {
      const { code } = await createEnrolmentCode(dbA, {
        siteId: 'TH',
        createdBy: 'admin',
        ttlHours: 1,
      });
      const body = JSON.stringify({ code, name });
      const desk = await request<{ deskId: string; secret: string }>(`${address}/enrol`, {
        method: 'POST',
        body,
      });
      const auth = `Bearer ${desk.deskId}.${desk.secret}`;
      // The adviser behind change()'s changes, as a joining desk shares its accounts.
      await request(
        `${address}/sync/staff`,
        {
          method: 'POST',
          body: JSON.stringify({
            staff: [
              { id: 'staff-1', username: 'staff-1', role: 'adviser', active: true, hash: null },
            ],
          }),
        },
        auth,
      );
      return auth;
    };
    // Enrolled through one instance, each desk is known to the other.
    const [reception, library] = [await enrolAt(one!, 'Reception'), await enrolAt(two!, 'Library')];

    const pushTo = (address: string, auth: string, changes: unknown[]) =>
      request<{ results: PushResult[] }>(
        `${address}/sync/push`,
        { method: 'POST', body: JSON.stringify({ changes }) },
        auth,
      );
    const sent = [change(), change(), change(), change()];
    // Pushed at the same time through different instances, from desks enrolled on the other.
    const answers = await Promise.all([
      pushTo(one!, library, sent.slice(0, 2)),
      pushTo(two!, reception, sent.slice(2)),
    ]);
    expect(answers.flatMap((a) => a.results.map((r) => r.status))).toEqual(
      Array(4).fill('applied'),
    );

    const pulls = await Promise.all(
      [one!, two!].map((address) =>
        request<PullPage>(`${address}/sync/pull?after=0`, {}, reception),
      ),
    );
    expect(pulls[0]).toEqual(pulls[1]);
    expect(pulls[0]!.changes.map((c) => c.version)).toEqual(['1', '2', '3', '4']);
    expect(new Set(pulls[0]!.changes.map((c) => c.entityId))).toEqual(
      new Set(sent.map((c) => c.entityId)),
    );
    // Each push's changes are together: the two batches committed one after the other.
    const [first] = pulls[0]!.changes;
    const batch = sent.slice(0, 2).some((c) => c.entityId === first!.entityId)
      ? sent.slice(0, 2)
      : sent.slice(2);
    expect(pulls[0]!.changes.slice(0, 2).map((c) => c.entityId)).toEqual(
      batch.map((c) => c.entityId),
    );

    // A resend through the other instance is recognised there too.
    const resent = await pushTo(one!, reception, sent.slice(2));
    expect(resent.results.map((r) => r.status)).toEqual(['already applied', 'already applied']);
  } finally {
    await Promise.all(servers.map((app) => app.close()));
  }
});
