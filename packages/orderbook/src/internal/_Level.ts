/**
 * One price level, kept small (a depth-1000 book holds 2000 of them). `k` is the sort key (asks: price, bids: -price,
 * so both sides are ascending = best first); `p`/`q` are the exact decimal texts; `c`/`n` cache the level's checksum
 * text (price then qty, '.' removed, leading zeros stripped) as a raw CRC and a length, so the book checksum never
 * touches the texts again. The price part's CRC is recomputed from `p` when the qty changes (a few chars).
 */
export class Level {
  k: number
  p: string
  q: string
  c: number
  n: number
  constructor(k: number, p: string, q: string, c: number, n: number) {
    this.k = k
    this.p = p
    this.q = q
    this.c = c
    this.n = n
  }
}

/** Binary search by key in an ascending array: the index when found, else `-(insertionPoint) - 1`. */
export function searchLevel(levels: readonly Level[], k: number): number {
  let lo = 0
  let hi = levels.length - 1
  // Most updates touch the top of the book: check the best level first.
  if (hi >= 0) {
    const top = levels[0]!.k
    if (k === top) return 0
    if (k < top) return -1
  }
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const v = levels[mid]!.k
    if (v < k) lo = mid + 1
    else if (v > k) hi = mid - 1
    else return mid
  }
  return -lo - 1
}
