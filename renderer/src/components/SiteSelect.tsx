import { selectSites, useAppStore } from '../store';
import { Field } from './Field';

/** "Which site": all of them, or one of the council's sites, for figures and reports. */
export function SiteSelect({ id }: { id: string }) {
  const sites = useAppStore(selectSites);
  return (
    <Field id={id} label="Site">
      <select name="siteId" defaultValue="">
        <option value="">All sites</option>
        {sites.map((site) => (
          <option key={site.id} value={site.id}>
            {site.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
