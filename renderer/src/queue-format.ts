/** "4:05" for minutes and seconds; "1:02:05" past an hour. */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** "6.5 min" for figures. */
export function formatMinutes(seconds: number | null): string {
  if (seconds === null) return '–';
  const minutes = seconds / 60;
  return `${minutes >= 10 ? Math.round(minutes) : Math.round(minutes * 10) / 10} min`;
}

export function formatShare(share: number | null): string {
  return share === null ? 'nobody seen yet' : `${Math.round(share * 100)}%`;
}
