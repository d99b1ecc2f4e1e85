// What a simulated adviser does at a desk: the everyday saves, through the same methods the
// screens call, on the records this desk can see (its own and those pulled from others).
import type { Dice } from './dice';
import type { SimDesk } from './desk';

export interface Lists {
  councilTax: string;
  benefits: string;
  providingInformation: string;
  citizen: string;
  oneStopShop: string;
}

/** The council's lists as a desk reads them (the same on every desk: one council). */
export async function listsOf(desk: SimDesk): Promise<Lists> {
  const result = await desk.call('reference.list', {});
  if (!result.ok) throw new Error(result.error.message);
  const r = result.value;
  const byName = (list: { id: string; name: string }[], name: string) =>
    list.find((item) => item.name === name)!.id;
  return {
    councilTax: byName(r.services, 'Council Tax'),
    benefits: byName(r.services, 'Housing Benefit and Council Tax Reduction'),
    providingInformation: byName(r.interactionTypes, 'Providing information'),
    citizen: byName(r.customerTypes, 'Citizen'),
    oneStopShop: r.sites.find((s) => s.kind === 'one_stop_shop')!.id,
  };
}

const FIRST = ['Rita', 'Amir', 'Joan', 'Kwame', 'Ewa', 'Liam', 'Priya', 'Tom', 'Siân', 'Mo'];
const LAST = ['Okafor', 'Hughes', 'Nowak', 'Patel', 'Byrne', 'Evans', 'Clarke', 'Khan'];
const STREETS = ['Moor Lane', 'Victoria Road', 'Ditton Road', 'Albert Street', 'Park Avenue'];

interface CustomerRow {
  id: string;
  first_name: string | null;
  last_name: string | null;
  postcode: string | null;
  phone: string | null;
  address_line1: string | null;
  town: string | null;
}

function someCustomer(desk: SimDesk, dice: Dice): CustomerRow | undefined {
  const rows = desk.sqlite
    .prepare(
      `select id, first_name, last_name, postcode, phone, address_line1, town from customers
       where merged_into is null and anonymised_at is null and last_name is not null
       order by created_at desc, display_name, postcode limit 50`,
    )
    .all() as CustomerRow[];
  return rows.length ? dice.pick(rows) : undefined;
}

const minutesBefore = (desk: SimDesk, minutes: number) =>
  new Date(desk.clock.now().getTime() - minutes * 60_000).toISOString();

/** One save, chosen by the dice; `serviceDeskId` is the desk this adviser opened at the site. */
export async function doSomething(
  desk: SimDesk,
  dice: Dice,
  lists: Lists,
  serviceDeskId: string | null,
): Promise<string> {
  const customer = someCustomer(desk, dice);
  const roll = dice.int(1, 100);
  if (roll <= 15 || !customer) {
    await desk.save('customers.create', {
      firstName: dice.pick(FIRST),
      lastName: dice.pick(LAST),
      postcode: `WA8 ${dice.int(1, 9)}QA`,
      confirmNew: true,
    });
    return 'customers.create';
  }
  if (roll <= 35) {
    const details = {
      firstName: customer.first_name,
      lastName: customer.last_name,
      postcode: customer.postcode,
      phone: customer.phone,
      addressLine1: customer.address_line1,
      town: customer.town,
    };
    if (dice.chance(0.5)) details.phone = `0151 ${dice.int(100, 999)} ${dice.int(1000, 9999)}`;
    else {
      details.addressLine1 = `${dice.int(1, 200)} ${dice.pick(STREETS)}`;
      details.town = 'Widnes';
    }
    await desk.save('customers.update', { id: customer.id, details });
    return 'customers.update';
  }
  if (roll <= 70) {
    await desk.save('contacts.record', {
      channel: dice.pick(['telephone', 'face_to_face', 'email'] as const),
      serviceId: dice.chance(0.5) ? lists.councilTax : lists.benefits,
      interactionTypeId: lists.providingInformation,
      customerTypeId: lists.citizen,
      customerId: customer.id,
      outcome: dice.chance(0.8) ? 'resolved' : 'callback_promised',
      startedAt: minutesBefore(desk, 6),
      endedAt: minutesBefore(desk, 1),
    });
    return 'contacts.record';
  }
  if (roll <= 80) {
    await desk.save('correspondence.log', {
      channel: 'letter',
      serviceId: lists.councilTax,
      receivedAt: minutesBefore(desk, 30),
      subject: 'Change of circumstances',
      customerId: customer.id,
    });
    return 'correspondence.log';
  }
  return queueStep(desk, dice, lists, serviceDeskId);
}

/** The queue: a visitor checked in, or this desk calls, starts or finishes one. */
async function queueStep(
  desk: SimDesk,
  dice: Dice,
  lists: Lists,
  serviceDeskId: string | null,
): Promise<string> {
  const mine = serviceDeskId
    ? (desk.sqlite
        .prepare(
          `select id, state from visits where desk_id = ? and state in ('called', 'in_service')
           order by arrived_at limit 1`,
        )
        .get(serviceDeskId) as { id: string; state: string } | undefined)
    : undefined;
  if (mine && serviceDeskId) {
    const action = mine.state === 'called' ? 'start' : 'finish';
    await desk.save('queue.act', { visitId: mine.id, action, deskId: serviceDeskId });
    return `queue.${action}`;
  }
  if (serviceDeskId && dice.chance(0.5)) {
    await desk.save('queue.callNext', { deskId: serviceDeskId });
    return 'queue.callNext';
  }
  await desk.save('queue.checkIn', {
    siteId: lists.oneStopShop,
    serviceId: lists.councilTax,
    customerName: `${dice.pick(FIRST)} ${dice.pick(LAST)}`,
  });
  return 'queue.checkIn';
}
