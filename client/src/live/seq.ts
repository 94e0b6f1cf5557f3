/**
 * Event sequence numbers travel as decimal strings (they may pass 2^53): compared by length,
 * then as text, which for canonical decimals (no leading zeros) is their numeric order.
 */
export function compareSeq(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Is `seq` after `last` (so an event not applied yet)? */
export function isAfter(seq: string, last: string): boolean {
  return compareSeq(seq, last) > 0;
}
