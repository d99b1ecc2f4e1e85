import { useState } from 'react';
import type { ReferenceAdminData } from '../../../../shared/api';
import { DEFAULT_OPENING_HOURS, type OpeningHours } from '../../../../shared/time/opening-hours';
import { textOf } from '../../form-data';
import { Field } from '../Field';
import { OpeningHoursTable } from '../OpeningHoursTable';
import { AddItemForm } from './AddItemForm';
import { ReferenceList } from './ReferenceList';

type SiteKind = keyof typeof DEFAULT_OPENING_HOURS;
const SITE_KIND_LABELS: Record<SiteKind, string> = {
  one_stop_shop: 'One Stop Shop',
  contact_centre: 'Contact centre',
};

/**
 * The council's sites: where staff work and visitors queue. A new site needs its kind, the
 * letters its queue tickets start with, and its opening hours, which start as the usual
 * week for its kind; later changes to the hours are made in Settings, Opening hours.
 */
export function SiteSection({
  lists,
  onChanged,
}: {
  lists: ReferenceAdminData;
  onChanged: (lists: ReferenceAdminData, message: string) => void;
}) {
  const [siteKind, setSiteKind] = useState<SiteKind>('one_stop_shop');
  const [hours, setHours] = useState<OpeningHours>(DEFAULT_OPENING_HOURS.one_stop_shop);

  function chooseKind(kind: SiteKind) {
    // The usual week for the kind, unless the hours were already changed by hand.
    if (hours === DEFAULT_OPENING_HOURS[siteKind]) setHours(DEFAULT_OPENING_HOURS[kind]);
    setSiteKind(kind);
  }

  return (
    <>
      <ReferenceList
        kind="site"
        columns={['Kind', 'Ticket letters', 'Usual site of']}
        rows={lists.sites.map((s) => ({
          ...s,
          cells: [
            SITE_KIND_LABELS[s.kind],
            s.ticketPrefix,
            s.staffCount === 1 ? '1 member of staff' : `${s.staffCount} members of staff`,
          ],
        }))}
        onChanged={onChanged}
      />
      <AddItemForm
        kind="site"
        nameLabel="Site name"
        details={(form) => ({
          kind: 'site',
          siteKind,
          ticketPrefix: textOf(form, 'ticketPrefix'),
          hours,
        })}
        onAdded={(added, message) => {
          setSiteKind('one_stop_shop');
          setHours(DEFAULT_OPENING_HOURS.one_stop_shop);
          onChanged(added, message);
        }}
        below={(errorOf) => (
          <fieldset>
            <legend>Opening hours</legend>
            <p className="hint">
              The usual week for the kind of site to start with; change them later in Settings
              (Alt+9), Opening hours.
            </p>
            {errorOf('hours') && (
              <p className="field-error">
                <span aria-hidden="true">⚠ </span>
                {errorOf('hours')}
              </p>
            )}
            <OpeningHoursTable hours={hours} onChange={setHours} />
          </fieldset>
        )}
      >
        {(errorOf) => (
          <>
            <Field id="add-site-siteKind" label="Kind of site" error={errorOf('siteKind')}>
              <select
                name="siteKind"
                value={siteKind}
                onChange={(e) => chooseKind(e.target.value as SiteKind)}
              >
                {Object.entries(SITE_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id="add-site-ticketPrefix"
              label="Ticket letters"
              hint="One to three letters its queue tickets start with, e.g. E for E001."
              error={errorOf('ticketPrefix')}
            >
              <input name="ticketPrefix" autoComplete="off" size={4} />
            </Field>
          </>
        )}
      </AddItemForm>
    </>
  );
}
