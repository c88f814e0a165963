import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checksumText } from './checksumText.js'
import { crcAndValueOfDecimalText, crcOfDecimalText, crcScratch } from './internal/_crc.js'

// Strip edge cases from Kraken's official Rust SDK tests (rust/src/book/checksum_tests.rs).
const cases = [
  ['45285.21000000', '4528521000000'],
  ['0.00159953', '159953'],
  ['0', ''],
  ['0.0', ''],
  ['12345', '12345'],
  ['0.000123', '123'],
  ['0.00100000', '100000'],
  ['29431.0', '294310'],
] as const

describe('checksumText', () => {
  it.each(cases)('%s → "%s"', (input, expected) => {
    expect(checksumText(input)).toBe(expected)
  })

  it.each(cases)('the incremental CRC path sees the same text for %s', (input, expected) => {
    crcOfDecimalText(input)
    expect(crcScratch.length).toBe(expected.length)
  })
})

describe('crcAndValueOfDecimalText', () => {
  it('returns exactly Number(text) and the same CRC as crcOfDecimalText for any decimal text', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }), (digits, decimals) => {
        const raw = digits.toString().padStart(decimals + 1, '0')
        const text = decimals === 0 ? raw : `${raw.slice(0, raw.length - decimals)}.${raw.slice(raw.length - decimals)}`
        const value = crcAndValueOfDecimalText(text)
        const { crc, length } = crcScratch
        expect(value).toBe(Number(text))
        expect(crcOfDecimalText(text)).toBe(crc)
        expect(crcScratch.length).toBe(length)
        expect(length).toBe(checksumText(text).length)
      }),
      { numRuns: 500 },
    )
  })
})
