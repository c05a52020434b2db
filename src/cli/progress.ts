/**
 * Progress on stderr, only when it is a terminal: files done / total, MB/s, ETA
 * and failures so far, redrawn in place at most ten times a second. Never
 * written to stdout, so it cannot mix with data.
 */
export interface ProgressState {
  done: number;
  total: number;
  failed: number;
  bytes: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function formatProgress(state: ProgressState, elapsedSeconds: number): string {
  const mb = state.bytes / 1e6;
  const rate = elapsedSeconds > 0 ? mb / elapsedSeconds : 0;
  const perFile = state.done > 0 ? elapsedSeconds / state.done : NaN;
  const eta = formatDuration(perFile * (state.total - state.done));
  const failed = state.failed > 0 ? ` · ${state.failed} failed` : '';
  return `policy-extract: ${state.done}/${state.total} files · ${rate.toFixed(1)} MB/s · ETA ${eta}${failed}`;
}

export class Progress {
  private last = 0;
  private shown = false;
  private readonly started = performance.now();

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly enabled: boolean,
  ) {}

  update(state: ProgressState, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\x1b[2K${formatProgress(state, (now - this.started) / 1000)}`);
  }

  /** Clear the progress line before a normal line (an error, the summary) is written. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
