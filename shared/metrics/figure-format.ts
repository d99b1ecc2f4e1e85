// How figures are written in words, the same on the stats screen, its print-out and CSV, and
// in the NeSDS evidence report ("83%", "1 min 05 s").
import type { FigureUnit } from '../api/stats';

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function formatValue(value: number | null, unit: FigureUnit): string {
  if (value === null) return 'None yet';
  switch (unit) {
    case 'percent':
      return `${Math.round(value * 100)}%`;
    case 'seconds':
      return formatDuration(Math.round(value));
    case 'working_days':
      return `${value.toFixed(1)} working days`;
    case 'count':
      return Math.round(value).toLocaleString('en-GB');
  }
}
