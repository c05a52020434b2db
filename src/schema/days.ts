const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * 2024-02-29 exists, 2023-02-30 does not. Counted, not parsed: `new Date('2023-02-30T00:00:00Z')`
 * is an Invalid Date whose toISOString throws. A string that is no YYYY-MM-DD is the pattern's
 * error, not this check's.
 */
export function isRealDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
