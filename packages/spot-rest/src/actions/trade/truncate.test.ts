import { KrakenValidationError } from '@k/errors'
import { describe, expect, inject, it } from 'vitest'
import { Trade } from '../../namespaces/Trade.js'
import { SpotClient } from '../../SpotClient.js'
import { clearTruncateCache, truncate } from './truncate.js'

const sim = inject('krakenSim')

describe('truncate (python-kraken-sdk §9.1) against kraken-sim AssetPairs', () => {
  it('gives the documented XBTUSD results with exact decimal strings', async () => {
    const client = new SpotClient({ baseUrl: sim.url })
    expect(await truncate(client, { amount: 0.123456789, amount_type: 'volume', pair: 'XBTUSD' })).toBe('0.12345678')
    expect(await truncate(client, { amount: '21123.12849829993', amount_type: 'price', pair: 'XBTUSD' })).toBe(
      '21123.1',
    )
    expect(await truncate(client, { amount: '0.1', amount_type: 'volume', pair: 'XBTUSD' })).toBe('0.10000000')
    expect(await truncate(client, { amount: 21123, amount_type: 'price', pair: 'XBTUSD' })).toBe('21123.0')
  })

  it('accepts python’s positional form on Trade and caches AssetPairs per client', async () => {
    let calls = 0
    const counting: typeof fetch = (input, init) => {
      calls++
      return fetch(input, init)
    }
    const trade = new Trade({ baseUrl: sim.url, fetch: counting })
    expect(await trade.truncate('1.999999999', 'volume', 'XBTUSD')).toBe('1.99999999')
    expect(await trade.truncate({ amount: '3', amount_type: 'volume', pair: 'XBTUSD' })).toBe('3.00000000')
    expect(calls).toBe(1)
    trade.clearTruncateCache()
    clearTruncateCache(trade.client)
    await trade.truncate('1', 'volume', 'XBTUSD')
    expect(calls).toBe(2)
  })

  it('refuses a volume below ordermin', async () => {
    const client = new SpotClient({ baseUrl: sim.url })
    await expect(
      truncate(client, { amount: '0.00000001', amount_type: 'volume', pair: 'XBTUSD' }),
    ).rejects.toBeInstanceOf(KrakenValidationError)
  })

  it('works for xStocks with asset_class tokenized_asset', async () => {
    const client = new SpotClient({ baseUrl: sim.url })
    const result = await truncate(client, {
      amount: '1.123456789123',
      amount_type: 'volume',
      pair: 'AAPLxUSD',
      asset_class: 'tokenized_asset',
    })
    expect(result).toMatch(/^1\.\d+$/)
    expect(result.length).toBeLessThan('1.123456789123'.length)
  })
})
