// The bad-input corpus (go-live issue item 10): methods x fields x bad values, each sent to
// the real HTTP host by bad-input.test.ts. Every one must be refused in words and write nothing.

/** The ids a valid input needs, read from the demo council after sign-in. */
export interface CorpusIds {
  service: string;
  interactionType: string;
  customerType: string;
  department: string;
  customer: string;
}

export interface BadCase {
  method: string;
  /** What was wrong, for the failure message. */
  label: string;
  input: unknown;
}

type Input = Record<string, unknown>;

/** A valid input for each method; each bad case changes one field of it. */
export function validInputs(ids: CorpusIds): Record<string, Input> {
  return {
    'contacts.record': {
      channel: 'telephone',
      serviceId: ids.service,
      interactionTypeId: ids.interactionType,
      customerTypeId: ids.customerType,
      outcome: 'resolved',
      notes: 'Asked about the bill.',
      startedAt: '2026-11-23T09:50:00Z',
      endedAt: '2026-11-23T09:55:00Z',
    },
    'contacts.quickLog': { channel: 'telephone', serviceId: ids.service },
    'customers.create': { firstName: 'Ann', lastName: 'Jones', postcode: 'WA8 7QA' },
    'customers.update': {
      id: ids.customer,
      details: { firstName: 'Ann', lastName: 'Jones', dateOfBirth: '1980-04-23' },
    },
    'customers.changeAddress': {
      customerId: ids.customer,
      addressLine1: '1 High Street',
      town: 'Widnes',
      postcode: 'WA8 7QA',
      movedOn: '2026-11-01',
    },
    'customers.addMarker': {
      customerId: ids.customer,
      kind: 'Potentially violent person',
      reason: 'Threatened staff',
      reviewDate: '2027-03-01',
    },
    'correspondence.log': {
      channel: 'letter',
      receivedAt: '2026-11-20T09:00:00Z',
      serviceId: ids.service,
      subject: 'Council tax bill',
      senderAddress: '1 High Street, Widnes',
    },
    'appointments.book': {
      serviceId: ids.service,
      startsAt: '2026-11-24T10:00:00Z',
      customerName: 'Ann Jones',
    },
    'desks.open': { name: 'Desk 9' },
    'queue.checkIn': { serviceId: ids.service, customerName: 'Ann Jones' },
    'customers.erase': { id: ids.customer, reason: 'Customer asked in writing.' },
    'audit.recordOutput': { action: 'printed', subject: 'Summary', customerId: ids.customer },
    'drafts.save': { form: 'record-contact', data: { notes: 'Asked about the bill.' } },
    'feedback.log': {
      kind: 'complaint',
      serviceId: ids.service,
      channel: 'telephone',
      summary: 'Waited too long.',
      receivedAt: '2026-11-23T09:00:00Z',
    },
  };
}

/** Text that must never be stored: control characters, broken characters, invisible names. */
const BAD_TEXT: [string, unknown][] = [
  ['NUL byte', 'Ann\u0000Jones'],
  ['ESC sequence', '\u001b[31mAnn'],
  ['bell', 'Ann\u0007'],
  ['C1 control', 'Ann\u0085Jones'],
  ['DEL', 'Ann\u007f'],
  ['lone high surrogate', 'Ann\ud800'],
  ['lone low surrogate', '\udc00Jones'],
  ['zero-width space only', '\u200b'],
  ['invisible characters only', '\u2060\ufeff\u200c\u200d'],
  ['a number', 42],
  ['an object', { name: 'Ann' }],
  ['too long', 'x'.repeat(5000)],
];

/** Names and one-line text refuse line breaks and tabs as well. */
const BAD_LINE: [string, unknown][] = [...BAD_TEXT, ['line break', 'Ann\nJones']];

/** Instants of things that have happened: never before 2000, never in the future. */
const BAD_PAST_INSTANT: [string, unknown][] = [
  ['tomorrow', '2026-11-24T10:00:00Z'],
  ['next year', '2027-11-23T10:00:00Z'],
  ['year 9999', '9999-12-31T00:00:00Z'],
  ['1900', '1900-01-01T09:00:00Z'],
  ['year 1', '0001-01-01T00:00:00Z'],
  ['1999', '1999-12-31T23:00:00Z'],
  ['not a date', 'yesterday'],
  ['no zone', '2026-11-23T09:00:00'],
  ['empty', ''],
  ['a number', 1732352400000],
];

const BAD_DATE_OF_BIRTH: [string, unknown][] = [
  ['2090', '2090-01-01'],
  ['9999', '9999-12-31'],
  ['tomorrow', '2026-11-24'],
  ['1900 (over 120 years)', '1900-01-01'],
  ['year 1', '0001-01-01'],
  ['British order', '23/04/1980'],
  ['30 February', '1980-02-30'],
  ['a number', 19800423],
];

const BAD_APPOINTMENT: [string, unknown][] = [
  ['Sunday 03:00', '2026-11-29T03:00:00Z'],
  ['Saturday 10:00', '2026-11-28T10:00:00Z'],
  ['Monday 03:00', '2026-11-30T03:00:00Z'],
  ['Tuesday 23:30', '2026-11-24T23:30:00Z'],
  ['ends after closing', '2026-11-24T17:50:00Z'],
  ['1999', '1999-06-01T10:00:00Z'],
  ['year 9999', '9999-06-01T10:00:00Z'],
  ['not a date', 'Tuesday at ten'],
];

const BAD_DAY: [string, unknown][] = [
  ['1999', '1999-12-31'],
  ['year 9999', '9999-01-01'],
  ['not a date', 'next week'],
  ['a number', 20261101],
];

const BAD_ID: [string, unknown][] = [
  ['not an id', 'abc'],
  ['a number', 7],
  ['NUL', '\u0000'],
];

const BAD_ENUM: [string, unknown][] = [
  ['unknown', 'pigeon'],
  ['with a NUL', 'telephone\u0000'],
  ['a number', 3],
];

/** Which bad values each method's fields get. */
const FIELDS: Record<string, Record<string, [string, unknown][]>> = {
  'contacts.record': {
    notes: BAD_TEXT.filter(([l]) => !l.includes('only')), // empty notes are allowed
    partnerName: BAD_LINE,
    startedAt: [...BAD_PAST_INSTANT, ['a month back, not confirmed', '2026-10-23T09:50:00Z']],
    endedAt: BAD_PAST_INSTANT,
    channel: BAD_ENUM,
    serviceId: BAD_ID,
    outcome: BAD_ENUM,
  },
  'contacts.quickLog': {
    startedAt: BAD_PAST_INSTANT,
    channel: BAD_ENUM,
    serviceId: BAD_ID,
  },
  'customers.create': {
    firstName: BAD_LINE,
    lastName: BAD_LINE,
    phone: BAD_LINE.filter(([l]) => !l.includes('only')),
    postcode: [...BAD_TEXT.slice(0, 7), ['not a postcode', 'ZZ99 9ZZZ']],
    email: [
      ['not an email', 'ann at example'],
      ['NUL', 'ann\u0000@example.org'],
    ],
    dateOfBirth: BAD_DATE_OF_BIRTH,
    confirmNew: [['a word', 'yes']],
  },
  'customers.update': {
    'details.firstName': BAD_LINE,
    'details.lastName': BAD_LINE,
    'details.town': BAD_LINE,
    'details.dateOfBirth': BAD_DATE_OF_BIRTH,
    'details.email': [
      ['not an email', 'ann at example'],
      ['NUL', 'ann\u0000@example.org'],
    ],
  },
  'customers.changeAddress': {
    addressLine1: BAD_LINE,
    town: BAD_LINE,
    movedOn: BAD_DAY,
  },
  'customers.addMarker': {
    kind: BAD_LINE,
    reason: BAD_TEXT,
    reviewDate: BAD_DAY,
  },
  'correspondence.log': {
    receivedAt: BAD_PAST_INSTANT,
    subject: BAD_LINE,
    senderAddress: BAD_TEXT.filter(([l]) => !l.includes('too long')),
    senderReference: BAD_LINE,
    channel: BAD_ENUM,
  },
  'appointments.book': {
    startsAt: BAD_APPOINTMENT,
    customerName: BAD_LINE,
    notes: BAD_TEXT.filter(([l]) => !l.includes('only')),
    durationMinutes: [
      ['zero', 0],
      ['a day', 1440],
      ['fraction', 12.5],
      ['text', 'twenty'],
    ],
  },
  'desks.open': { name: BAD_LINE },
  'queue.checkIn': { customerName: BAD_LINE, serviceId: BAD_ID },
  'customers.erase': {
    reason: [...BAD_TEXT, ['too short', 'ok'], ['missing', undefined]],
    id: BAD_ID,
  },
  'audit.recordOutput': {
    subject: BAD_LINE.filter(([l]) => !l.includes('only')),
    action: BAD_ENUM,
    customerId: BAD_ID,
  },
  'drafts.save': {
    form: [
      ['another form', 'settings'],
      ['a path', '../record-contact'],
      ['NUL', 'record-contact\u0000'],
    ],
    'data.notes': [...BAD_TEXT.slice(0, 7), ['an object', { nested: true }]],
  },
  'feedback.log': {
    summary: BAD_TEXT.filter(([l]) => !l.includes('too long')),
  },
};

function withField(input: Input, path: string, value: unknown): Input {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...input, [head]: value };
  return { ...input, [head]: withField((input[head] ?? {}) as Input, rest.join('.'), value) };
}

/** Every bad case: each field's bad values, then shapes no form sends. */
export function badCases(ids: CorpusIds): BadCase[] {
  const valid = validInputs(ids);
  const cases: BadCase[] = [];
  for (const [method, fields] of Object.entries(FIELDS)) {
    const base = valid[method]!;
    for (const [field, values] of Object.entries(fields)) {
      for (const [label, value] of values) {
        cases.push({ method, label: `${field}: ${label}`, input: withField(base, field, value) });
      }
    }
    const shapes: [string, unknown][] = [
      ['unexpected key staffId', { ...base, staffId: ids.customer }],
      ['unexpected key with a control character', { ...base, 'x\u0000y': 1 }],
      ['input is a list', [base]],
      ['input is text', 'hello'],
      ['input is a number', 42],
      ['input is empty', {}],
    ];
    for (const [label, input] of shapes) cases.push({ method, label, input });
  }
  return cases;
}

/** Zod's own wording, which must never reach an adviser. */
export const LIBRARY_WORDS = [
  'Unrecognized key',
  'Invalid input',
  'Invalid option',
  'ZodError',
  'Too big',
  'Too small',
  /\bexpected\b/,
  /\breceived (undefined|null|string|number|boolean|object|array|NaN)\b/,
];
