import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * The last line of defence: a fault while drawing a screen shows what happened and a way
 * back, instead of an empty window with no word of what went wrong. Everything saved is in
 * the database already; only what was being typed on screen may be lost.
 */
export class CrashNotice extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('[renderer]', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="centred">
        <h1>Council Contact could not show this screen</h1>
        <p role="alert" className="error-text">
          Something went wrong while drawing the screen ({error.message}). Everything already saved
          is safe. Reload to carry on; if it happens again, tell your system administrator what you
          were doing.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload Council Contact
        </button>
      </main>
    );
  }
}
