// Calling visitors through the council server (issue 22): how many "may this desk call this
// visitor?" questions the server settles per second when ten desks ask about each visitor at
// the same moment, over HTTP on a real PostgreSQL. Each visitor must be granted exactly once,
// or the benchmark fails rather than report a figure.
import { v7 as uuidv7 } from 'uuid';
import { startSimCouncil, type SimCouncil } from '../scripts/sim/council';
import type { Benchmark } from './types';

const VISITORS = 200;
const DESKS_AT_ONCE = 10;

let council: SimCouncil | null = null;

async function request(url: string, auth: string, path: string, body: unknown) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: auth },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

export const callRaceBenchmark: Benchmark = {
  name: `queue: call-next race, ${DESKS_AT_ONCE} desks per visitor`,
  unit: 'ops/s',
  // A busy One Stop Shop's 20 desks call about one visitor a minute each: a third of a call a
  // second. 100 answers a second leaves room for a council's every site at once.
  budget: 100,
  reason: 'every site of a council calling at once, with room to spare',
  async run() {
    council ??= await startSimCouncil();
    const { url } = council;
    const enrolled = await fetch(`${url}/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: await council.enrolmentCode('TH'), name: 'Reception' }),
    });
    const desk = (await enrolled.json()) as { deskId: string; secret: string };
    const auth = `Bearer ${desk.deskId}.${desk.secret}`;
    const visits = Array.from({ length: VISITORS }, () => uuidv7());
    const changes = visits.map((id, i) => ({
      mutationId: uuidv7(),
      hlc: `${(Date.now() + i).toString().padStart(15, '0')}:0000:bench`,
      staffId: 'system',
      entity: 'visits',
      entityId: id,
      op: 'create',
      data: { ticket: `A${i}`, state: 'waiting' },
    }));
    await request(url, auth, '/sync/push', { changes });

    const started = performance.now();
    for (const visitId of visits) {
      const answers = await Promise.all(
        Array.from({ length: DESKS_AT_ONCE }, (_, d) =>
          request(url, auth, '/queue/step', {
            action: 'call',
            visitId,
            serviceDeskId: `counter-${d}`,
            serviceDeskName: `Desk ${d}`,
          }),
        ),
      );
      const granted = answers.filter((a) => a.status === 'granted').length;
      if (granted !== 1) throw new Error(`visitor ${visitId} was granted ${granted} times`);
    }
    const seconds = (performance.now() - started) / 1000;
    return { value: (VISITORS * DESKS_AT_ONCE) / seconds };
  },
  async close() {
    await council?.close();
    council = null;
  },
};
