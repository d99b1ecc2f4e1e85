import { useAppStore } from '../store';

/** On every screen of the demo council: its passwords are published, so nothing real goes in. */
export function DemoBanner() {
  const demo = useAppStore((s) => s.signInOptions?.demo ?? false);
  if (!demo) return null;
  return (
    <p className="demo-banner" data-testid="demo-banner">
      <strong>Demo data: not for real use.</strong> Everyone can read the demo accounts’ password.
    </p>
  );
}
