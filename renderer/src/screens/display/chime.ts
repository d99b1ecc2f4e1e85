// A short two-note tone for each new call, made with the Web Audio API (no audio files to
// ship or load). Browsers keep audio suspended until the page has been interacted with,
// unless started to allow it (the desktop display window is; see the README for a browser),
// so any key press or touch on the screen also wakes it.

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

/** Lets a later chime play: call from a key press or touch on the screen. */
export function wakeAudio(): void {
  void audio()?.resume();
}

/** Two soft notes, about half a second in all: noticeable without being alarming. */
export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  void ctx.resume();
  const start = ctx.currentTime;
  [659.25, 880].forEach((frequency, i) => {
    const at = start + i * 0.22;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.32);
  });
}
