/**
 * Jittered exponential backoff ("equal jitter"): half of `min(maxMs, initialMs · 2^(attempt-1))` plus a random share
 * of the other half, so many clients dropped at once do not reconnect in lockstep.
 */
export function _backoffDelay(
  attempt: number,
  initialMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const cap = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(cap / 2 + random() * (cap / 2))
}
