import { useMemo, useRef, useState } from 'react';
import { ROLE_LABELS } from '../../../shared/domain/staff';
import { useEntryFocus, type EntryRequest } from '../hooks/useEntryFocus';
import { useIdleLock } from '../hooks/useIdleLock';
import { useScreenHistory } from '../hooks/useScreenHistory';
import { useReferenceUpdates } from '../hooks/useReferenceUpdates';
import { useSaveKey } from '../hooks/useSaveKey';
import { useShortcuts } from '../hooks/useShortcuts';
import { DemoBanner } from './DemoBanner';
import { CallImport } from '../screens/CallImport';
import { Complaints } from '../screens/Complaints';
import { CorrespondenceList } from '../screens/CorrespondenceList';
import { Customers } from '../screens/Customers';
import { Desk } from '../screens/Desk';
import { HandOffs } from '../screens/HandOffs';
import { MyContactsToday } from '../screens/MyContactsToday';
import { NesdsEvidence } from '../screens/NesdsEvidence';
import { NowCalling } from '../screens/NowCalling';
import { QualityChecks } from '../screens/QualityChecks';
import { Reception } from '../screens/Reception';
import { RecordContact } from '../screens/RecordContact';
import { ReferenceData } from '../screens/ReferenceData';
import { Settings } from '../screens/Settings';
import { MyPassword } from '../screens/MyPassword';
import { Staff } from '../screens/Staff';
import { Stats } from '../screens/Stats';
import { Surveys } from '../screens/Surveys';
import { SyncProblems } from '../screens/sync/SyncProblems';
import { SyncStatusHeader } from './SyncStatusHeader';
import { useAppStore } from '../store';
import type { Screen } from '../store/ui-slice';

const NAV: {
  screen: Screen;
  label: string;
  key: string;
  adminOnly?: boolean;
  leadersOnly?: boolean;
}[] = [
  { screen: 'record', label: 'Record a contact', key: '1' },
  { screen: 'today', label: 'My contacts today', key: '2' },
  { screen: 'reception', label: 'Reception', key: '3' },
  { screen: 'desk', label: 'My desk', key: '4' },
  { screen: 'calling', label: 'Now calling display', key: '5' },
  { screen: 'correspondence', label: 'Letters and emails', key: '6' },
  { screen: 'customers', label: 'Customers', key: '7' },
  { screen: 'complaints', label: 'Complaints and feedback', key: '8' },
  { screen: 'hand-offs', label: 'Hand-offs', key: '0' },
  { screen: 'stats', label: 'Daily stats', key: 't', leadersOnly: true },
  { screen: 'calls', label: 'Call records', key: 'i', leadersOnly: true },
  { screen: 'quality', label: 'Quality checks', key: 'k', leadersOnly: true },
  { screen: 'surveys', label: 'Satisfaction surveys', key: 'r' },
  { screen: 'nesds', label: 'NeSDS evidence', key: 'a', leadersOnly: true },
  { screen: 'settings', label: 'Settings', key: '9', adminOnly: true },
  { screen: 'staff', label: 'Staff accounts', key: 'm', adminOnly: true },
  { screen: 'reference-data', label: 'Council lists', key: 'j', adminOnly: true },
  { screen: 'my-password', label: 'My password', key: 'p' },
];

export function Shell({ inert }: { inert: boolean }) {
  const session = useAppStore((s) => s.session)!;
  const councilName = useAppStore(
    (s) => s.reference?.councilName ?? s.signInOptions?.councilName ?? '',
  );
  const screen = useAppStore((s) => s.screen);
  const setScreen = useAppStore((s) => s.setScreen);
  const announcement = useAppStore((s) => s.announcement);
  const lock = useAppStore((s) => s.lock);
  const signOut = useAppStore((s) => s.signOut);
  useIdleLock();
  useScreenHistory();
  useReferenceUpdates(!inert);

  const mainRef = useRef<HTMLElement>(null);
  // Signing in counts as arriving at the first screen; each navigation asks again.
  const [entry, setEntry] = useState<EntryRequest>(() => ({ focusBefore: null }));
  useEntryFocus(entry, mainRef, !inert);
  useSaveKey(!inert);

  const isAdmin = session.staff.role === 'administrator';
  const isLeader = isAdmin || session.staff.role === 'team_leader';
  const items = NAV.filter((n) => (!n.adminOnly || isAdmin) && (!n.leadersOnly || isLeader));
  const shortcuts = useMemo(() => {
    const map: Record<string, () => void> = { l: () => void lock() };
    for (const item of items)
      map[item.key] = () => {
        setEntry({ focusBefore: document.activeElement });
        setScreen(item.screen);
      };
    // Sync problems (issue 21): reached from the header and Settings, not the menu.
    map.y = () => {
      setEntry({ focusBefore: document.activeElement });
      setScreen('sync-problems');
    };
    return map;
  }, [items, lock, setScreen]);
  useShortcuts(shortcuts, !inert, 'app');

  return (
    <div className="shell" inert={inert}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <DemoBanner />
      <header className="app-header">
        <div className="brand">
          <span className="app-name">Council Contact</span>
          <span className="council-name">{councilName}</span>
        </div>
        <p className="signed-in" data-testid="signed-in">
          {session.staff.displayName} ({ROLE_LABELS[session.staff.role]}) at {session.site.name}
        </p>
        <SyncStatusHeader enabled={!inert} onOpenProblems={shortcuts.y!} />
        <div className="header-actions">
          <button type="button" onClick={() => void lock()}>
            Lock <kbd>Alt+L</kbd>
          </button>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <nav aria-label="Main" className="main-nav">
        <ul>
          {items.map((item) => (
            <li key={item.screen}>
              <button
                type="button"
                aria-current={screen === item.screen ? 'page' : undefined}
                onClick={shortcuts[item.key]}
              >
                {item.label} <kbd>Alt+{item.key.toUpperCase()}</kbd>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} ref={mainRef}>
        {screen === 'record' && <RecordContact />}
        {screen === 'today' && <MyContactsToday />}
        {screen === 'reception' && <Reception />}
        {screen === 'desk' && <Desk />}
        {screen === 'calling' && <NowCalling />}
        {screen === 'correspondence' && <CorrespondenceList />}
        {screen === 'customers' && <Customers />}
        {screen === 'complaints' && <Complaints />}
        {screen === 'hand-offs' && <HandOffs />}
        {screen === 'stats' && isLeader && <Stats />}
        {screen === 'calls' && isLeader && <CallImport />}
        {screen === 'quality' && isLeader && <QualityChecks />}
        {screen === 'surveys' && <Surveys />}
        {screen === 'nesds' && isLeader && <NesdsEvidence />}
        {screen === 'settings' && isAdmin && <Settings />}
        {screen === 'staff' && isAdmin && <Staff />}
        {screen === 'reference-data' && isAdmin && <ReferenceData />}
        {screen === 'my-password' && <MyPassword />}
        {screen === 'sync-problems' && <SyncProblems />}
      </main>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
