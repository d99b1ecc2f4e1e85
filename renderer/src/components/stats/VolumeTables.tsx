import type { StatsReport } from '../../../../shared/api/stats';
import { CountButton } from './CountButton';
import type { OpenRecords } from './types';

const TABLES = [
  { key: 'channel', caption: 'Contacts by channel', heading: 'Channel' },
  { key: 'service', caption: 'Contacts by service', heading: 'Service' },
  { key: 'interactionType', caption: 'Contacts by type of enquiry', heading: 'Type of enquiry' },
  { key: 'customerType', caption: 'Contacts by customer type', heading: 'Customer type' },
] as const;

/** Volume of activity (NeSDS standard 18): how many, by channel, service and type. */
export function VolumeTables({ report, onOpen }: { report: StatsReport; onOpen: OpenRecords }) {
  return (
    <div className="stat-tables">
      {TABLES.map(({ key, caption, heading }) => (
        <table className="data-table stat-table" key={key} data-testid={`volume-${key}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{heading}</th>
              <th scope="col">Contacts</th>
            </tr>
          </thead>
          <tbody>
            {report.volume[key].length === 0 && (
              <tr>
                <td colSpan={2}>No contacts recorded.</td>
              </tr>
            )}
            {report.volume[key].map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>
                  <CountButton
                    count={row.count}
                    what={`contacts, ${row.label}`}
                    request={{
                      drill: 'contacts.all',
                      breakdown: key,
                      key: row.key,
                      label: `Contacts: ${row.label}`,
                    }}
                    onOpen={onOpen}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
