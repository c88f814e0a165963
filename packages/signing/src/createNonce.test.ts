import { KrakenValidationError } from '@k/errors'
import { describe, expect, test } from 'vitest'
import { createNonce } from './createNonce.js'

function expectStrictlyIncreasing(values: readonly string[]) {
  for (let index = 1; index < values.length; index++) {
    if (!(BigInt(values[index]!) > BigInt(values[index - 1]!))) {
      throw new Error(`not increasing at ${index}: ${values[index - 1]} → ${values[index]}`)
    }
  }
}

describe('createNonce', () => {
  test('100,000 calls within one (frozen) millisecond are strictly increasing decimal strings', () => {
    const nonce = createNonce({ now: () => 1_732_300_000_000n })
    const values = Array.from({ length: 100_000 }, () => nonce())
    expect(values[0]).toBe('1732300000000')
    expect(values.every((value) => /^\d+$/.test(value))).toBe(true)
    expectStrictlyIncreasing(values)
    expect(new Set(values).size).toBe(100_000)
  })

  test('a backwards clock step keeps counting up from the floor', () => {
    let clock = 1_732_300_000_000
    const nonce = createNonce({ now: () => clock })
    const values = [nonce(), nonce()]
    clock -= 60_000 // NTP step one minute back
    values.push(nonce(), nonce())
    clock += 120_000 // and forward again
    values.push(nonce())
    expectStrictlyIncreasing(values)
    expect(values).toEqual(['1732300000000', '1732300000001', '1732300000002', '1732300000003', '1732300060000'])
  })

  test('one generator shared by several clients never repeats and stays ordered', () => {
    const shared = createNonce({ now: () => 5n })
    const clients = [shared, shared, shared].map((next) => () => next())
    const issued: string[] = []
    for (let round = 0; round < 1_000; round++) for (const client of clients) issued.push(client())
    expectStrictlyIncreasing(issued)
  })

  test('separate generators on the real clock share one process-wide floor', () => {
    const a = createNonce()
    const b = createNonce()
    const issued: string[] = []
    for (let round = 0; round < 10_000; round++) issued.push(a(), b())
    expectStrictlyIncreasing(issued)
  })

  test.each([
    ['ms', 13],
    ['us', 16],
    ['ns', 19],
  ] as const)('scale %s gives %d-digit nonces near the current time', (scale, digits) => {
    const before = BigInt(Date.now())
    const value = BigInt(createNonce({ scale })())
    const perMs = { ms: 1n, us: 1_000n, ns: 1_000_000n }[scale]
    expect(value.toString()).toHaveLength(digits)
    expect(value / perMs >= before).toBe(true)
    // Within one minute of now (the shared floor may have been pushed ahead by earlier bursts in this file).
    expect(value / perMs - before < 60_000n).toBe(true)
  })

  test('ns nonces are above python-kraken-sdk 10-ns nonces, ms nonces below (why the scale is a one-way door)', () => {
    const python = BigInt(Math.trunc(Date.now() / 1000)) * 100_000_000n
    expect(BigInt(createNonce({ scale: 'ns' })()) > python).toBe(true)
    expect(BigInt(createNonce({ scale: 'ms' })()) < python).toBe(true)
  })

  test('a custom source may return numbers or bigints', () => {
    expect(createNonce({ now: () => 42 })()).toBe('42')
    expect(createNonce({ now: () => 42n })()).toBe('42')
  })

  test('an unknown scale or a bad source is a KrakenValidationError naming the option', () => {
    expect(() => createNonce({ scale: 's' as never })).toThrow(KrakenValidationError)
    expect(() => createNonce({ scale: 'toString' as never })).toThrow(/Invalid scale/)
    try {
      createNonce({ now: 5 as never })
      expect.unreachable()
    } catch (error) {
      expect((error as KrakenValidationError).field).toBe('now')
    }
  })
})
