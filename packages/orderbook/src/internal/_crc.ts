// CRC32 (IEEE, reflected, polynomial 0xEDB88320) pieces for the incremental book checksum.
//
// Notation: f(r, s) is the CRC register after feeding the bytes of s starting from register r, with no pre/post
// inversion. It is affine: f(r, s) = shift(r, |s|) ^ f(0, s), where shift(r, n) = f(r, n zero bytes) is linear in r.
// The standard CRC32 of a concatenation s1 s2 … sk is therefore
//   ~fold(r = ~0; r = shift(r, |si|) ^ f(0, si))
// so each level only needs its own f(0, text) and length, cached when the level changes, and the whole checksum
// costs 20 shifts of 4 table lookups each (zlib's crc32_combine idea with per-length tables).

/** Byte-wise CRC32 table (same values as crc-32's `table`). */
export const CRC_TABLE: Int32Array = (() => {
  const table = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c
  }
  return table
})()

const shiftTables: Int32Array[] = []

function buildShiftTable(n: number): Int32Array {
  const table = new Int32Array(1024)
  for (let k = 0; k < 4; k++) {
    for (let b = 0; b < 256; b++) {
      let c = b << (8 * k)
      for (let i = 0; i < n; i++) c = CRC_TABLE[c & 255]! ^ (c >>> 8)
      table[k * 256 + b] = c
    }
  }
  shiftTables[n] = table
  return table
}

/** shift(c, n): the register `c` advanced over `n` zero bytes, in 4 table lookups. */
export function crcShift(c: number, n: number): number {
  const t = shiftTables[n] ?? buildShiftTable(n)
  return t[c & 255]! ^ t[256 + ((c >>> 8) & 255)]! ^ t[512 + ((c >>> 16) & 255)]! ^ t[768 + (c >>> 24)]!
}

/** Scratch output of {@link crcOfDecimalText}: the length of the checksum text, and whether the text was odd. */
export const crcScratch = { length: 0, odd: false, crc: 0 }

/**
 * f(0, checksumText(text)) where checksumText removes every '.' and then strips leading zeros (Kraken's rule), without
 * building the string. Sets `crcScratch.length` to the checksum text's length (0 means the value is zero) and
 * `crcScratch.odd` when the text holds anything but digits and one '.' (e.g. an exponent), which callers normalize.
 */
export function crcOfDecimalText(text: string): number {
  const end = text.length
  let i = 0
  let ch = 0
  for (; i < end; i++) {
    ch = text.charCodeAt(i)
    if (ch !== 48 && ch !== 46) break
  }
  let c = 0
  let n = 0
  let odd = false
  for (; i < end; i++) {
    ch = text.charCodeAt(i)
    if (ch === 46) continue
    if (ch < 48 || ch > 57) odd = true
    c = CRC_TABLE[(c ^ ch) & 255]! ^ (c >>> 8)
    n++
  }
  crcScratch.length = n
  crcScratch.odd = odd
  return c
}

/** f(0, String(value)) for a non-negative safe integer (its checksum text); sets `crcScratch.length`. */
export function crcOfInteger(value: number): number {
  if (value === 0) {
    crcScratch.length = 0
    return 0
  }
  const text = String(value)
  const end = text.length
  let c = 0
  for (let i = 0; i < end; i++) c = CRC_TABLE[(c ^ text.charCodeAt(i)) & 255]! ^ (c >>> 8)
  crcScratch.length = end
  return c
}

const POW10_TABLE: readonly number[] = Array.from({ length: 23 }, (_, p) => 10 ** p)

/**
 * One pass over a decimal text: like {@link crcOfDecimalText} (sets `crcScratch.length`/`odd` and `crcScratch.crc`)
 * and also returns the numeric value, `Number(text)` exactly (an integer below 2^53 divided by an exact power of
 * ten is correctly rounded), without V8's slower string-to-number path. Odd or very long texts use `Number()`.
 */
export function crcAndValueOfDecimalText(text: string): number {
  const end = text.length
  let c = 0
  let n = 0
  let odd = false
  let value = 0
  let decimals = -1
  let started = false
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 46) {
      if (decimals !== -1) odd = true
      decimals = 0
      continue
    }
    if (ch < 48 || ch > 57) {
      odd = true
      continue
    }
    if (decimals !== -1) decimals++
    value = value * 10 + (ch - 48)
    if (!started) {
      if (ch === 48) continue
      started = true
    }
    c = CRC_TABLE[(c ^ ch) & 255]! ^ (c >>> 8)
    n++
  }
  crcScratch.length = n
  crcScratch.odd = odd
  crcScratch.crc = c
  if (odd || value > Number.MAX_SAFE_INTEGER || decimals > 22 || (n === 0 && end === 0)) return Number(text)
  return decimals <= 0 ? value : value / POW10_TABLE[decimals]!
}
