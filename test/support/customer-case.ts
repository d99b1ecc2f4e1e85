// A customer with one of everything, made through the API as staff would: their details, a
// contact with a survey, a letter with a holding reply, a hand-off, a complaint and a warning
// marker the adviser was then shown. The data protection tests export, erase and anonymise it.
// Every free-text field carries the customer's surname, so a test can look for it anywhere.
import { ok, referenceIds, type TestBackend } from './backend';

export interface CustomerCase {
  customerId: string;
  contactId: string;
  letterId: string;
  letterReference: string;
  handOffId: string;
  handOffReference: string;
  complaintId: string;
  complaintReference: string;
  markerId: string;
}

export const CASE_PERSON = {
  firstName: 'Grazyna',
  lastName: 'Kowalczykowa',
  phone: '07700 900461',
  email: 'grazyna.k@example.org',
  postcode: 'WA8 0TP',
  dateOfBirth: '1961-03-14',
  addressLine1: '14 Ditton Road',
};

/**
 * Made at the backend clock's time (its instants are worked out from it); signs in as the
 * team leader, who may do all of it, and leaves the adviser signed in after viewing the record.
 */
export async function customerCase(backend: TestBackend): Promise<CustomerCase> {
  const now = backend.clock.now();
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
  await backend.signIn('teamleader');
  const ids = await referenceIds(backend);
  const p = CASE_PERSON;
  const customerId = (
    await ok(
      backend.call('customers.create', {
        firstName: p.firstName,
        lastName: p.lastName,
        phone: p.phone,
        postcode: p.postcode,
      }),
    )
  ).id;
  await ok(
    backend.call('customers.update', {
      id: customerId,
      details: {
        firstName: p.firstName,
        lastName: p.lastName,
        phone: p.phone,
        postcode: p.postcode,
        email: p.email,
        dateOfBirth: p.dateOfBirth,
        addressLine1: p.addressLine1,
        town: 'Widnes',
        needs: { interpreter: true, language: 'Polish' },
      },
    }),
  );
  const contactId = (
    await ok(
      backend.call('contacts.record', {
        channel: 'telephone',
        serviceId: ids.housingBenefit,
        interactionTypeId: ids.providingInformation,
        customerTypeId: ids.citizen,
        outcome: 'handed_off',
        departmentId: ids.benefits,
        // A formula a spreadsheet would run: the CSV must keep it as text.
        notes: `=HYPERLINK("http://evil.example","Mrs ${p.lastName} started work")`,
        startedAt: minutesAgo(40),
        endedAt: minutesAgo(30),
        customerId,
      }),
    )
  ).id;
  await ok(
    backend.call('surveys.record', {
      contactId,
      rating: 4,
      couldHaveDoneMore: 'no',
      comment: `${p.lastName} was happy with the call.`,
    }),
  );
  const handOff = await ok(
    backend.call('handOffs.create', {
      contactId,
      departmentId: ids.benefits,
      subject: `${p.lastName}'s Housing Benefit claim`,
      details: `Mrs ${p.lastName} at ${p.addressLine1} started work.`,
    }),
  );
  const letter = await ok(
    backend.call('correspondence.log', {
      channel: 'letter',
      receivedAt: minutesAgo(60),
      serviceId: ids.councilTax,
      subject: `Council tax bill for ${p.lastName}`,
      customerId,
      senderAddress: `${p.addressLine1}, Widnes ${p.postcode}`,
    }),
  );
  await ok(
    backend.call('correspondence.holdingReply', {
      id: letter.id,
      sentOn: now.toISOString().slice(0, 10),
      reason: `Waiting for ${p.lastName}'s bank statements.`,
      expectedDate: new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
    }),
  );
  const complaint = await ok(
    backend.call('feedback.log', {
      kind: 'complaint',
      serviceId: ids.councilTax,
      channel: 'telephone',
      receivedAt: minutesAgo(20),
      summary: `Mrs ${p.lastName} says the bill went to her old address.`,
      customerId,
    }),
  );
  const marked = await ok(
    backend.call('customers.addMarker', {
      customerId,
      kind: 'Potentially violent person',
      reason: `${p.lastName} threatened staff at the desk.`,
      reviewDate: new Date(now.getTime() + 90 * 86_400_000).toISOString().slice(0, 10),
    }),
  );
  // The adviser opens the record and is shown the marker: a second view in the log.
  await backend.signIn('adviser');
  await ok(backend.call('customers.view', { id: customerId }));
  return {
    customerId,
    contactId,
    letterId: letter.id,
    letterReference: letter.reference,
    handOffId: handOff.id,
    handOffReference: handOff.reference,
    complaintId: complaint.id,
    complaintReference: complaint.reference,
    markerId: marked.markers[0]!.id,
  };
}

/** Closes the case's letter, hand-off and complaint, as the team leader. */
export async function closeCustomerCase(backend: TestBackend, c: CustomerCase): Promise<void> {
  const at = backend.clock.now().toISOString();
  await backend.signIn('teamleader');
  await ok(
    backend.call('correspondence.respond', { id: c.letterId, respondedAt: at, channel: 'letter' }),
  );
  await ok(backend.call('handOffs.setStatus', { id: c.handOffId, status: 'resolved' }));
  await ok(
    backend.call('feedback.respond', {
      id: c.complaintId,
      outcome: 'partly_upheld',
      response: `Apologised to Mrs ${CASE_PERSON.lastName}; bill re-sent.`,
      respondedAt: at,
    }),
  );
}
