import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { _compareDecimal, _subtractDecimal, _toDecimalString, _truncateDecimal } from './_decimal.js'

describe('exact decimal strings', () => {
  it('cuts to a number of places without rounding (python-sdk §9.1 examples)', () => {
    expect(_truncateDecimal('0.123456789', 8)).toBe('0.12345678')
    expect(_truncateDecimal('21123.12849829993', 1)).toBe('21123.1')
    expect(_truncateDecimal('0.1', 8)).toBe('0.10000000')
    expect(_truncateDecimal('21123', 1)).toBe('21123.0')
    expect(_truncateDecimal('0.99999999999', 2)).toBe('0.99')
    expect(_truncateDecimal('007.5', 0)).toBe('7')
  })

  it('writes numbers without exponent', () => {
    expect(_toDecimalString(1e-7)).toBe('0.0000001')
    expect(_toDecimalString(0.1)).toBe('0.1')
    expect(_toDecimalString(21123.12849829993)).toBe('21123.12849829993')
    expect(_toDecimalString(1e21)).toBe('1000000000000000000000')
  })

  it('compares and subtracts exactly', () => {
    expect(_compareDecimal('0.0001', '0.00010')).toBe(0)
    expect(_compareDecimal('0.5', '0.49999999')).toBe(1)
    expect(_subtractDecimal('0.3', '0.1')).toBe('0.2')
    expect(_subtractDecimal('1.0000000000', '0.00000001')).toBe('0.9999999900')
    expect(_subtractDecimal('1', '2.5')).toBe('-1.5')
  })

  it('truncation never increases a value and keeps exactly the asked places', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 10 }),
        (digits, scale, places) => {
          const text =
            scale === 0
              ? digits.toString()
              : `${digits / 10n ** BigInt(scale)}.${(digits % 10n ** BigInt(scale)).toString().padStart(scale, '0')}`
          const cut = _truncateDecimal(text, places)
          expect(_compareDecimal(cut, text)).toBeLessThanOrEqual(0)
          expect(cut.split('.')[1]?.length ?? 0).toBe(places)
        },
      ),
    )
  })
})
