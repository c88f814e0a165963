import { _mixSeed, _mulberry32 } from '../../spot-market/internal/_mulberry32.js'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** Kraken-style ids (`OQCLML-BW3P3-BUCMWZ`), deterministic per seed. */
export function _createIds(seed: number): (prefix: 'O' | 'T' | 'L' | 'F' | 'E') => string {
  const rng = _mulberry32(_mixSeed(seed, 'ids'))
  const chars = (count: number) => {
    let text = ''
    for (let index = 0; index < count; index++) text += ALPHABET[Math.floor(rng() * ALPHABET.length)]
    return text
  }
  return (prefix) => `${prefix}${chars(5)}-${chars(5)}-${chars(6)}`
}
