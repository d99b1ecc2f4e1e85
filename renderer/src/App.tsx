import { useEffect } from 'react';
import { useAppStore } from './store';
import { DisplayShell } from './components/DisplayShell';
import { Shell } from './components/Shell';
import { LockScreen } from './screens/LockScreen';
import { ChoosePassword } from './screens/ChoosePassword';
import { FirstRun } from './screens/FirstRun';
import { SignIn } from './screens/SignIn';
import { DisplayBoard } from './screens/display/DisplayBoard';
import { displayRouteOf } from './screens/display/display-route';

/** The waiting-area board has a route of its own: no sign-in, session or lock (issue 22). */
export function App() {
  const display = displayRouteOf(window.location);
  if (display) return <DisplayBoard displayKey={display.key ?? ''} />;
  return <StaffApp />;
}

function StaffApp() {
  const status = useAppStore((s) => s.status);
  const fatal = useAppStore((s) => s.fatal);
  const locked = useAppStore((s) => s.session?.locked ?? false);
  const start = useAppStore((s) => s.start);
  const firstRun = useAppStore((s) => s.signInOptions?.firstRun ?? false);
  const mustChangePassword = useAppStore((s) => s.session?.mustChangePassword ?? false);
  const isDisplay = useAppStore((s) => s.session?.staff.role === 'display');

  useEffect(() => {
    void start();
  }, [start]);

  if (fatal) {
    return (
      <main className="centred">
        <h1>Council Contact cannot start</h1>
        <p role="alert" className="error-text">
          {fatal.message}
        </p>
      </main>
    );
  }
  if (status === 'loading')
    return (
      <main className="centred" aria-busy="true">
        <h1>Council Contact</h1>
        <p>Loading…</p>
      </main>
    );
  if (status === 'signed-out') return firstRun ? <FirstRun /> : <SignIn />;
  // A one-time password from an administrator: nothing else until they choose their own.
  if (mustChangePassword) return <ChoosePassword />;
  if (isDisplay)
    return (
      <>
        <DisplayShell inert={locked} />
        {locked && <LockScreen />}
      </>
    );
  return (
    <>
      <Shell inert={locked} />
      {locked && <LockScreen />}
    </>
  );
}
