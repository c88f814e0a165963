/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). Same seed → same sequence, on every platform. */
export function _mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Mixes a seed with a small integer salt (FNV-like), so each pair/interval gets its own independent stream. */
export function _mixSeed(seed: number, salt: string): number {
  let h = (seed ^ 0x811c9dc5) >>> 0
  for (let index = 0; index < salt.length; index++) h = Math.imul(h ^ salt.charCodeAt(index), 16777619) >>> 0
  return h
}
