import { useAppStore } from '../store';
import { NowCalling } from '../screens/NowCalling';
import { DemoBanner } from './DemoBanner';

/**
 * The waiting-area screen's whole app: the now-calling board and a way to sign out. The
 * display role reads nothing else, and nobody types at it, so it never locks for being idle
 * (its board refreshes keep the session active).
 */
export function DisplayShell({ inert }: { inert: boolean }) {
  const session = useAppStore((s) => s.session)!;
  const signOut = useAppStore((s) => s.signOut);
  return (
    <div className="shell display-shell" inert={inert}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <DemoBanner />
      <header className="app-header">
        <div className="brand">
          <span className="app-name">Council Contact</span>
        </div>
        <p className="signed-in" data-testid="signed-in">
          Waiting-area display at {session.site.name}
        </p>
        <div className="header-actions">
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <NowCalling />
      </main>
    </div>
  );
}
