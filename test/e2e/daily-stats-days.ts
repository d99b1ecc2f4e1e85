// The days the daily-stats journeys start from (daily-stats*.spec.ts), recorded through the
// real host by colleagues at their desks before the team leader sits down.
import { signedIn } from './api';
import type { RunningHost } from './host';

/** The same morning as the adviser's test records on screen, recorded at Ben's desk. */
export async function benRecordsTheMorning(host: RunningHost): Promise<void> {
  const ben = await signedIn(host, 'adviser2');
  const ids = await ben.ids();
  const fields = {
    interactionTypeId: ids.interactionType('Providing information'),
    customerTypeId: ids.customerType('Citizen'),
  };
  const councilTax = ids.service('Council Tax');
  await ben.call('contacts.record', {
    ...fields,
    channel: 'telephone',
    serviceId: councilTax,
    outcome: 'resolved',
    answerSeconds: 20,
    startedAt: '2026-11-23T09:00:00Z',
    endedAt: '2026-11-23T09:05:00Z',
  });
  await ben.call('contacts.record', {
    ...fields,
    channel: 'telephone',
    serviceId: councilTax,
    outcome: 'callback_promised',
    answerSeconds: 45,
    startedAt: '2026-11-23T09:10:00Z',
    endedAt: '2026-11-23T09:15:00Z',
  });
  await ben.call('contacts.quickLog', { channel: 'telephone', serviceId: councilTax });
  await ben.call('contacts.record', {
    ...fields,
    channel: 'email',
    serviceId: ids.service('Housing Benefit and Council Tax Reduction'),
    outcome: 'awaiting_customer',
    startedAt: '2026-11-23T10:00:00Z',
    endedAt: '2026-11-23T10:10:00Z',
  });
}

/**
 * Monday 23 November as a team leader once misread it (issue 19), recorded through the real
 * host from 11:30: Ben's 19 calls (14 resolved) and 5 letters and emails recorded as
 * contacts, one of them the email Ann sent that is on the work list; his only earlier
 * contact on Monday 9th, the council's first day with the app; and at the Town Hall four
 * visitors seen after 2, 4, 6 and 12 minutes, and a fifth who gave up after 16. The host's
 * clock ends at 12:30.
 */
export async function aMondayThatMisled(host: RunningHost): Promise<void> {
  const ben = await signedIn(host, 'adviser2');
  const ids = await ben.ids();
  const councilTax = ids.service('Council Tax');
  const contact = (startedAt: string, extra: object) =>
    ben.call('contacts.record', {
      interactionTypeId: ids.interactionType('Providing information'),
      customerTypeId: ids.customerType('Citizen'),
      serviceId: councilTax,
      channel: 'telephone',
      outcome: 'resolved',
      startedAt,
      endedAt: new Date(Date.parse(startedAt) + 4 * 60_000).toISOString(),
      ...extra,
    });
  await contact('2026-11-09T10:00:00.000Z', { confirmOld: true });
  for (let i = 0; i < 19; i += 1) {
    const at = new Date(Date.parse('2026-11-23T08:00:00Z') + i * 5 * 60_000).toISOString();
    await contact(at, { outcome: i < 14 ? 'resolved' : 'callback_promised' });
  }
  const ann = await ben.call('customers.create', {
    firstName: 'Ann',
    lastName: 'Ashworth-Pryce',
    postcode: 'WA8 7QA',
  });
  await ben.call('correspondence.log', {
    channel: 'email',
    receivedAt: '2026-11-23T09:00:00.000Z',
    serviceId: councilTax,
    subject: 'My council tax band',
    customerId: ann.id,
  });
  const letters: [string, string | null][] = [
    ['email', ann.id], // the email on the work list: not counted twice
    ['letter', ann.id],
    ['web_form', null],
    ['email', null],
    ['letter', null],
  ];
  for (const [i, [channel, customerId]] of letters.entries()) {
    const at = new Date(Date.parse('2026-11-23T10:00:00Z') + i * 10 * 60_000).toISOString();
    await contact(at, { channel, customerId });
  }

  const amina = await signedIn(host, 'adviser');
  const townHall = ids.site('Town Hall One Stop Shop');
  const checkIn = (customerName: string) =>
    amina.call('queue.checkIn', { siteId: townHall, serviceId: councilTax, customerName });
  // The host's clock moves on a few minutes at a time, Amina busy at her desk between (an
  // account idle for 5 minutes locks).
  const passMinutes = async (minutes: number) => {
    for (let left = minutes; left > 0; left -= 4) {
      await host.advanceClock(Math.min(4, left) * 60_000);
      await amina.call('reference.list', {});
    }
  };
  for (const name of ['Gwen Roberts', 'Huw Price', 'Iolo Evans', 'Jac Morgan']) await checkIn(name);
  await passMinutes(1); // 11:31
  const gaveUp = await checkIn('Lowri Hughes');
  const desk = await amina.call('desks.open', { siteId: townHall, name: 'Desk 1', serviceIds: [] });
  const seeTheNext = async (minutesOn: number) => {
    await passMinutes(minutesOn);
    const visit = await amina.call('queue.callNext', { deskId: desk.id });
    await amina.call('queue.act', { visitId: visit.id, action: 'start', deskId: desk.id });
    await amina.call('queue.act', { visitId: visit.id, action: 'finish', deskId: desk.id });
  };
  await seeTheNext(1); // 11:32: 2 minutes
  await seeTheNext(2); // 11:34: 4
  await seeTheNext(2); // 11:36: 6
  await seeTheNext(6); // 11:42: 12, over the promise
  await passMinutes(5); // 11:47: Lowri gives up after 16 minutes
  await amina.call('queue.act', { visitId: gaveUp.id, action: 'left' });
  await host.advanceClock(43 * 60_000); // 12:30
}
