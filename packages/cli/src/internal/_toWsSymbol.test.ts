import { describe, expect, it } from 'vitest'
import { _toWsSymbol } from './_toWsSymbol.js'

describe('_toWsSymbol', () => {
  it.each([
    ['BTC/USD', 'BTC/USD'],
    ['eth/eur', 'ETH/EUR'],
    ['XBTUSD', 'BTC/USD'],
    ['XXBTZUSD', 'BTC/USD'],
    ['XETHZEUR', 'ETH/EUR'],
    ['ETHUSDT', 'ETH/USDT'],
    ['SOLUSD', 'SOL/USD'],
    ['XDGUSD', 'DOGE/USD'],
    ['ETHXBT', 'ETH/BTC'],
  ])('%s → %s', (input, expected) => {
    expect(_toWsSymbol(input)).toBe(expected)
  })
})
