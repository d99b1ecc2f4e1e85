import { useCallback, useEffect, useState, type ComponentType } from 'react';
import type { ReferenceAdminData, ReferenceKind } from '../../../shared/api';
import { REFERENCE_KIND_WORDS, REFERENCE_KINDS } from '../../../shared/api/reference-admin';
import { activeOnly } from '../active-items';
import { callApi } from '../api/client';
import { DepartmentSection } from '../components/reference/DepartmentSection';
import { InteractionTypeSection, TeamSection } from '../components/reference/NamedListSection';
import { listOf } from '../components/reference/ReferenceList';
import { ServiceSection } from '../components/reference/ServiceSection';
import { SiteSection } from '../components/reference/SiteSection';
import { useAppStore } from '../store';

interface SectionProps {
  lists: ReferenceAdminData;
  onChanged: (lists: ReferenceAdminData, message: string) => void;
}

const SECTIONS: Record<ReferenceKind, ComponentType<SectionProps>> = {
  site: SiteSection,
  service: ServiceSection,
  department: DepartmentSection,
  interactionType: InteractionTypeSection,
  team: TeamSection,
};

/**
 * The council's lists (issue 18, item 3), for administrators: sites, services, departments,
 * enquiry types and teams, each added, renamed, retired and reinstated here. Nothing is
 * deleted: a retired item stays on the records that used it and leaves the pick-lists, which
 * follow every change at once (this window's and every other's).
 */
export function ReferenceData() {
  const announce = useAppStore((s) => s.announce);
  const loadReference = useAppStore((s) => s.loadReference);
  const [lists, setLists] = useState<ReferenceAdminData | null>(null);
  const [kind, setKind] = useState<ReferenceKind>('site');
  const [done, setDone] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await callApi('reference.all', {});
    if (result.ok) setLists(result.value);
    else setLoadError(result.error.message);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  function onChanged(changed: ReferenceAdminData, message: string) {
    setLists(changed);
    setDone(message);
    announce(message);
    void loadReference();
  }

  const Section = SECTIONS[kind];
  const words = REFERENCE_KIND_WORDS[kind];
  return (
    <div className="reference-data">
      <h1>Council lists</h1>
      <p className="subtitle">
        What the pick-lists offer. A retired item leaves the pick-lists but stays on every record
        that used it, and can be reinstated; nothing is ever deleted.
      </p>
      <nav aria-label="Council lists" className="view-tabs">
        <ul>
          {REFERENCE_KINDS.map((k) => (
            <li key={k}>
              <button
                type="button"
                aria-pressed={kind === k}
                onClick={() => {
                  setKind(k);
                  setDone(null);
                }}
              >
                {REFERENCE_KIND_WORDS[k].many}
                {lists && ` (${activeOnly<{ active: boolean }>(lists[listOf(k)]).length} in use)`}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {loadError && (
        <p role="alert" className="error-text">
          <span aria-hidden="true">⚠ </span>
          {loadError}
        </p>
      )}
      <section aria-labelledby="reference-kind-heading">
        <h2 id="reference-kind-heading">{words.many}</h2>
        {done && <p className="confirmation">✓ {done}</p>}
        {!lists ? (
          <p aria-busy="true">Loading the council’s lists…</p>
        ) : (
          <Section lists={lists} onChanged={onChanged} />
        )}
      </section>
    </div>
  );
}
