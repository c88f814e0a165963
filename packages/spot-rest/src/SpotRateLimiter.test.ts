import { describe, expect, it } from 'vitest'
import { SpotRateLimiter, tradingCost } from './SpotRateLimiter.js'

/** A limiter on a fake clock: sleeping advances the clock, so waits are computed exactly and nothing really waits. */
function fakeLimiter(tier: 'starter' | 'intermediate' | 'pro' = 'starter') {
  const clock = { now: 1_000_000 }
  const slept: number[] = []
  const limiter = new SpotRateLimiter({
    tier,
    marginMs: 0,
    now: () => clock.now,
    sleep: async (ms) => {
      slept.push(ms)
      clock.now += ms
    },
  })
  return { limiter, clock, slept }
}

describe('REST call counter', () => {
  it('lets a Starter key burst to 15, then waits ~3.03 s per call (decay 0.33/s)', async () => {
    const { limiter, slept } = fakeLimiter('starter')
    for (let index = 0; index < 15; index++) await limiter.acquire({ rest: 1 })
    expect(slept).toEqual([])
    await limiter.acquire({ rest: 1 })
    expect(slept).toEqual([Math.ceil((1 / 0.33) * 1000)])
  })

  it('charges ledger/trade history 2 and queues concurrent callers in order', async () => {
    const clock = { now: 0 }
    // The clock stands still while the three callers queue (they arrive at the same instant).
    const limiter = new SpotRateLimiter({ tier: 'pro', marginMs: 0, now: () => clock.now, sleep: async () => {} })
    for (let index = 0; index < 10; index++) await limiter.acquire({ rest: 2 }, () => expect.unreachable())
    // Three callers at once: each reserves its point, so the waits grow 1 s, 2 s, 3 s (decay 1/s at Pro).
    const waits: number[] = []
    await Promise.all([1, 2, 3].map(() => limiter.acquire({ rest: 1 }, (wait) => waits.push(wait.ms))))
    expect(waits).toEqual([1000, 2000, 3000])
  })

  it('adds the safety margin (default 500 ms) to every wait, never to calls under the cap', async () => {
    const clock = { now: 0 }
    const waits: number[] = []
    const limiter = new SpotRateLimiter({ tier: 'pro', now: () => clock.now, sleep: async (ms) => void waits.push(ms) })
    for (let index = 0; index < 21; index++) await limiter.acquire({ rest: 1 })
    expect(waits).toEqual([1500])
  })

  it('treats the counter as fuller by the decay of the slowest round trip since it was last empty', async () => {
    const clock = { now: 0 }
    const waits: number[] = []
    const limiter = new SpotRateLimiter({ tier: 'pro', now: () => clock.now, sleep: async (ms) => void waits.push(ms) })
    for (let index = 0; index < 20; index++) await limiter.dispatch({ rest: 1 })
    limiter.observe({ rest: 1 }, 2_000)
    // 21 points + 2 s × 1/s that Kraken may still hold = 3 over the cap → 3 s, plus the 500 ms margin.
    await limiter.dispatch({ rest: 1 })
    expect(waits).toEqual([3500])
    // Once the counter has drained completely, the old round trip no longer matters.
    clock.now += 60_000
    for (let index = 0; index < 21; index++) await limiter.dispatch({ rest: 1 })
    expect(waits).toEqual([3500, 1500])
  })

  it('never waits at all for free (public) calls', async () => {
    const { limiter, slept } = fakeLimiter()
    limiter.snap('rest')
    await limiter.acquire({ rest: 0 })
    expect(slept).toEqual([])
  })

  it('snaps to the cap and decays from there', async () => {
    const { limiter, clock } = fakeLimiter('intermediate')
    limiter.snap('rest')
    expect(limiter.restLevel()).toBe(20)
    clock.now += 10_000
    expect(limiter.restLevel()).toBeCloseTo(15)
  })

  it('gives the points back when the caller aborts while waiting', async () => {
    const clock = { now: 0 }
    const limiter = new SpotRateLimiter({
      now: () => clock.now,
      sleep: (_ms, signal) =>
        new Promise((_, reject) =>
          signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true }),
        ),
    })
    limiter.snap('rest')
    const controller = new AbortController()
    const pending = limiter.acquire({ rest: 1 }, undefined, controller.signal)
    expect(limiter.restLevel()).toBe(16)
    controller.abort()
    await expect(pending).rejects.toThrow('aborted')
    expect(limiter.restLevel()).toBe(15)
  })
})

describe('reserve when called, count when sent', () => {
  it('counts calls that queued from their real send time and makes the late one wait at dispatch', async () => {
    const { limiter, clock, slept } = fakeLimiter('pro')
    for (let index = 0; index < 20; index++) await limiter.acquire({ rest: 1 })
    // They sit in a queue for 3 s (busy server, signing lane) and then go out together.
    clock.now += 3_000
    for (let index = 0; index < 20; index++) await limiter.dispatch({ rest: 1 })
    // The reservation view has decayed 3 points, so the next call does not wait there...
    await limiter.acquire({ rest: 1 })
    expect(slept).toEqual([])
    // ...but Kraken just received 20 calls: the send-time view waits 1 s before this one goes out.
    await limiter.dispatch({ rest: 1 })
    expect(slept).toEqual([1000])
  })
})

describe('trading counter per pair', () => {
  it('allows 60 adds per pair at Starter, then waits 1 s per add; other pairs are independent', async () => {
    const { limiter, slept } = fakeLimiter('starter')
    for (let index = 0; index < 60; index++) await limiter.acquire({ trading: 1, pair: 'XBTUSD' })
    await limiter.acquire({ trading: 1, pair: 'ETHUSD' })
    expect(slept).toEqual([])
    expect(limiter.tradingLevel('ETHUSD')).toBe(1)
    const waits: Array<{ ms: number; pair?: string | undefined }> = []
    await limiter.acquire({ trading: 1, pair: 'XBT/USD' }, (wait) => waits.push(wait))
    expect(waits).toEqual([{ ms: 1000, counter: 'trading', pair: 'XBT/USD' }])
  })

  it('follows Kraken’s penalty table by order age', () => {
    expect(tradingCost('add', [])).toBe(1)
    expect(tradingCost('batchAdd', [], 10)).toBe(5)
    expect(tradingCost('cancel', [1_000])).toBe(8)
    expect(tradingCost('cancel', [7_000])).toBe(6)
    expect(tradingCost('cancel', [12_000])).toBe(5)
    expect(tradingCost('cancel', [30_000])).toBe(4)
    expect(tradingCost('cancel', [60_000])).toBe(2)
    expect(tradingCost('cancel', [200_000])).toBe(1)
    expect(tradingCost('cancel', [400_000])).toBe(0)
    expect(tradingCost('edit', [1_000])).toBe(7)
    expect(tradingCost('edit', [100_000])).toBe(1)
    expect(tradingCost('amend', [1_000])).toBe(4)
    expect(tradingCost('amend', [20_000])).toBe(1)
    expect(tradingCost('batchCancel', [1_000, 1_000, 400_000])).toBe(16)
    expect(tradingCost('cancel', [undefined])).toBe(8)
  })

  it('snaps one pair to its cap (Pro: 180, decay 3.75/s)', async () => {
    const { limiter, slept } = fakeLimiter('pro')
    limiter.snap('trading', 'XBTUSD')
    expect(limiter.tradingLevel('XBTUSD')).toBe(180)
    await limiter.acquire({ trading: 1, pair: 'XBTUSD' })
    expect(slept).toEqual([Math.ceil((1 / 3.75) * 1000)])
  })
})
