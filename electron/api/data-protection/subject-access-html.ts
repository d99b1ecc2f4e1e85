// The readable copy of a subject access export (UK GDPR Art. 15): one HTML document the
// customer can open in any browser and print, every record field by field, ids shown as the
// names they stand for and times in London time. Everything in it is escaped: a customer's
// own words are text, never markup.
import type {
  SubjectAccessData,
  SubjectAccessKind,
} from '../../../db/queries/data-protection/subject-access';
import { londonDateOf, londonTimeOf } from '../../../shared/time/london';

/** Each kind's heading, and the file its CSV is written to (without `.csv`). */
export const KIND_INFO: Record<SubjectAccessKind, { title: string; file: string }> = {
  customer: { title: 'Customer record', file: 'customer-record' },
  contacts: { title: 'Contacts (calls, visits, emails and letters we recorded)', file: 'contacts' },
  contact_offers: { title: 'Other services offered during contacts', file: 'offers-made' },
  satisfaction_surveys: { title: 'Satisfaction surveys', file: 'satisfaction-surveys' },
  visits: { title: 'Visits to our offices (the queue)', file: 'visits' },
  appointments: { title: 'Appointments', file: 'appointments' },
  correspondence: { title: 'Letters and emails', file: 'letters-and-emails' },
  holding_replies: { title: 'Holding replies', file: 'holding-replies' },
  hand_offs: { title: 'Enquiries passed to departments (hand-offs)', file: 'hand-offs' },
  feedback: { title: 'Complaints, comments and compliments', file: 'complaints-and-feedback' },
  complaint_stages: { title: 'Complaint stages', file: 'complaint-stages' },
  customer_markers: { title: 'Warning markers', file: 'warning-markers' },
  customer_marker_views: {
    title: 'When staff were shown a warning marker',
    file: 'warning-marker-views',
  },
  change_log: { title: 'History of changes to these records', file: 'history-of-changes' },
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** "started_at" -> "Started at"; "customer_id" -> "Customer". */
const label = (field: string) => {
  const words = field.replace(/_id$/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function shown(value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined || value === '') return '<span class="none">—</span>';
  if (typeof value === 'object') return `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  if (names[value]) return escapeHtml(names[value]);
  if (INSTANT.test(value))
    return escapeHtml(`${londonDateOf(value)} ${londonTimeOf(value)} (London time)`);
  if (value.startsWith('{') && value.endsWith('}')) {
    try {
      return `<pre>${escapeHtml(JSON.stringify(JSON.parse(value), null, 2))}</pre>`;
    } catch {
      // Not JSON after all: shown as the text it is.
    }
  }
  return escapeHtml(value).replace(/\r?\n/g, '<br>');
}

function recordTable(row: Record<string, unknown>, names: Record<string, string>): string {
  const cells = Object.entries(row)
    .map(
      ([field, value]) =>
        `<tr><th scope="row">${escapeHtml(label(field))}</th><td>${shown(value, names)}</td></tr>`,
    )
    .join('');
  return `<table><tbody>${cells}</tbody></table>`;
}

const STYLE = `
body { font: 11pt/1.4 system-ui, sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 2px solid #333; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.2em; page-break-inside: avoid; }
th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { width: 14em; background: #f0f0f0; font-weight: 600; }
pre { margin: 0; white-space: pre-wrap; font-size: 0.9em; }
.none { color: #555; } .note { border-left: 4px solid #333; padding-left: 0.8em; }
@media print { body { margin: 0; } a { color: inherit; text-decoration: none; } }`;

export interface HtmlHeader {
  councilName: string;
  customerName: string;
  preparedAt: Date;
  preparedBy: string;
}

export function subjectAccessHtml(data: SubjectAccessData, header: HtmlHeader): string {
  const kinds = Object.keys(KIND_INFO) as SubjectAccessKind[];
  const title = `Everything ${header.councilName} holds about ${header.customerName}`;
  const contents = kinds
    .map(
      (k) =>
        `<li><a href="#${KIND_INFO[k].file}">${escapeHtml(KIND_INFO[k].title)}</a>: ${data.records[k].length}</li>`,
    )
    .join('');
  const sections = kinds
    .map((k) => {
      const rows = data.records[k];
      const body =
        rows.length === 0
          ? '<p>None held.</p>'
          : rows.map((row) => recordTable(row, data.names)).join('');
      return `<section><h2 id="${KIND_INFO[k].file}">${escapeHtml(KIND_INFO[k].title)} (${rows.length})</h2>${body}</section>`;
    })
    .join('\n');
  const prepared = `${londonDateOf(header.preparedAt)} ${londonTimeOf(header.preparedAt)}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>A copy of the personal data we hold, given under the right of access (UK GDPR Article 15).
Prepared on ${escapeHtml(prepared)} (London time) by ${escapeHtml(header.preparedBy)}.</p>
<p class="note">For the council, before sending: check these records for other people’s details
(staff, relatives, neighbours) and remove what the council’s subject access procedure says to.
The same records are in <code>subject-access.json</code> and, one file per kind, in the
<code>csv</code> folder.</p>
<h2>Contents</h2>
<ul>${contents}</ul>
${sections}
</body>
</html>
`;
}
