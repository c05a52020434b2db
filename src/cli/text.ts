/** Small text helpers of the CLI: names safe to print, sizes in and out. */

// C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name as it may reach a terminal: control characters escaped, so a name holding
 * `\x1b[2J` cannot clear the screen or recolour the lines after it (bad\x1b[31mname.txt).
 */
export function printable(name: string): string {
  return name.replace(UNPRINTABLE, (ch) => {
    const c = ch.charCodeAt(0);
    return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
  });
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 };

/** `64M` / `20K` / `1.5MB` / `5000` → bytes (decimal units, like the MB/s the summary shows); null when unreadable. */
export function parseBytes(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?) ?([a-z]{0,2})$/i.exec(value.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return null;
  const bytes = Math.round(Number(m[1]) * unit);
  return bytes >= 1 ? bytes : null;
}

/** A limit: 20000 → "20 KB", 64000000 → "64 MB"; a measured size (`measured`): 21034 → "21.0 KB". */
export function formatBytes(bytes: number, measured = false): string {
  const [unit, size] = bytes >= 1e9 ? ['GB', 1e9] : bytes >= 1e6 ? ['MB', 1e6] : bytes >= 1e3 ? ['KB', 1e3] : ['bytes', 1];
  const n = bytes / (size as number);
  return `${Number.isInteger(n) && !measured ? n : n.toFixed(1)} ${unit}`;
}
