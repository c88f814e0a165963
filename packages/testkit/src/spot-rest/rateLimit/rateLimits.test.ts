import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../startSimulator.js'
import { _testClient } from '../internal/_testClient.js'
import { tradingCost } from './chargeTradingCounter.js'
import { DecayingCounter } from './DecayingCounter.js'
import { getSpotRateLimits } from './getSpotRateLimits.js'

const SECRET = Buffer.from('rate-limit-secret-0123456789abcdef').toString('base64')

describe('Kraken trading-counter penalty table', () => {
  it('charges by order age exactly as documented', () => {
    expect(tradingCost('add')).toBe(1)
    expect([1_000, 7_000, 12_000, 30_000, 60_000, 200_000, 400_000].map((age) => tradingCost('cancel', age))).toEqual([
      8, 6, 5, 4, 2, 1, 0,
    ])
    expect([1_000, 7_000, 12_000, 30_000, 60_000, 200_000].map((age) => tradingCost('edit', age))).toEqual([
      7, 6, 5, 3, 2, 1,
    ])
    expect([1_000, 7_000, 12_000, 30_000].map((age) => tradingCost('amend', age))).toEqual([4, 3, 2, 1])
    expect(tradingCost('batchAdd')).toBe(0.5)
  })

  it('decays linearly', () => {
    const counter = new DecayingCounter(15, 0.33, 0)
    for (let call = 0; call < 15; call++) expect(counter.tryAdd(1, 0)).toBe(true)
    expect(counter.tryAdd(1, 0)).toBe(false)
    expect(counter.tryAdd(1, 3_100)).toBe(true)
    expect(counter.level(3_100)).toBeCloseTo(15 - 1.023 + 1, 6)
  })
})

describe('Spot REST rate limits over HTTP (clock frozen for exact counts)', () => {
  let sim: Simulator
  let now = 1_000_000
  const accounts = ['calls', 'ledgers', 'trading', 'mid'].map((key) => ({
    key,
    secret: SECRET,
    balances: { ZUSD: '100000', XXBT: '1' },
  }))
  beforeAll(async () => {
    sim = await startSimulator({ seed: 5, accounts })
    getSpotRateLimits(sim.state).now = () => now
  })
  afterAll(() => sim.close())

  it('starter: the 16th call in a burst gets EAPI:Rate limit exceeded; decay lets one more through', async () => {
    const client = _testClient(sim.url, 'calls', SECRET)
    for (let call = 1; call <= 15; call++) expect((await client.private('Balance')).error, `call ${call}`).toEqual([])
    expect(await client.private('Balance')).toEqual({ error: ['EAPI:Rate limit exceeded'] })
    now += 3_100
    expect((await client.private('Balance')).error).toEqual([])
    expect(await client.private('Balance')).toEqual({ error: ['EAPI:Rate limit exceeded'] })
  })

  it('ledger and trade-history calls cost 2: the 8th Ledgers call fails', async () => {
    const client = _testClient(sim.url, 'ledgers', SECRET)
    for (let call = 1; call <= 7; call++) expect((await client.private('Ledgers')).error, `call ${call}`).toEqual([])
    expect(await client.private('Ledgers')).toEqual({ error: ['EAPI:Rate limit exceeded'] })
    expect(await client.private('TradesHistory')).toEqual({ error: ['EAPI:Rate limit exceeded'] })
    expect((await client.private('Balance')).error).toEqual([])
  })

  it('per-pair trading counter: 60 orders pass, the 61st gets EOrder:Rate limit exceeded, another pair still trades', async () => {
    const client = _testClient(sim.url, 'trading', SECRET)
    const order = (pair: string) => ({ pair, type: 'buy', ordertype: 'limit', volume: '0.001', price: '1000' })
    for (let call = 1; call <= 60; call++)
      expect((await client.private('AddOrder', order('XBTUSD'))).error, `order ${call}`).toEqual([])
    expect(await client.private('AddOrder', order('XBTUSD'))).toEqual({ error: ['EOrder:Rate limit exceeded'] })
    // AddOrder does not use the REST call counter.
    expect((await client.private('Balance')).error).toEqual([])
    expect((await client.private('AddOrder', order('XBTEUR'))).error).toEqual(['EOrder:Insufficient funds'])
    expect((await client.private('AddOrder', { ...order('ETHUSD'), volume: '0.01', price: '100' })).error).toEqual([])
  })

  it('cancelling a fresh order costs 8: 7 add+cancel cycles fit under 60, the 8th add is refused', async () => {
    const client = _testClient(sim.url, 'mid', SECRET)
    const add = () =>
      client.private('AddOrder', { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.001', price: '1000' })
    for (let cycle = 1; cycle <= 6; cycle++) {
      const placed = await add()
      expect(placed.error).toEqual([])
      expect(
        (await client.private('CancelOrder', { txid: (placed.result as { txid: string[] }).txid[0] })).error,
      ).toEqual([])
    }
    // 6 × (1 + 8) = 54; one more add → 55, its cancel → 63 (cancels are never refused), then adds are.
    const placed = await add()
    expect(
      (await client.private('CancelOrder', { txid: (placed.result as { txid: string[] }).txid[0] })).error,
    ).toEqual([])
    expect(await add()).toEqual({ error: ['EOrder:Rate limit exceeded'] })
  })
})

describe('tiers are configurable', () => {
  it('intermediate: 20 calls pass, the 21st is refused; rateLimits: false turns the limiters off', async () => {
    const intermediate = await startSimulator({ tier: 'intermediate', accounts: [{ key: 'i', secret: SECRET }] })
    const unlimited = await startSimulator({ rateLimits: false, accounts: [{ key: 'u', secret: SECRET }] })
    try {
      getSpotRateLimits(intermediate.state).now = () => 5_000
      const client = _testClient(intermediate.url, 'i', SECRET)
      for (let call = 1; call <= 20; call++) expect((await client.private('Balance')).error, `call ${call}`).toEqual([])
      expect(await client.private('Balance')).toEqual({ error: ['EAPI:Rate limit exceeded'] })
      const free = _testClient(unlimited.url, 'u', SECRET)
      for (let call = 1; call <= 30; call++) expect((await free.private('Ledgers')).error).toEqual([])
    } finally {
      await intermediate.close()
      await unlimited.close()
    }
  })
})
