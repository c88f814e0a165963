import { createSimAccount } from '@k/testkit/vitest'
import { expect, inject, test } from 'vitest'
import { getUnwindQueue } from './actions/user/getUnwindQueue.js'
import { createFuturesClient } from './createFuturesClient.js'
import { FuturesRateLimiter, type FuturesRateLimitWait } from './FuturesRateLimiter.js'

function fakeClock() {
  let now = 1_000_000
  const slept: number[] = []
  return {
    now: () => now,
    sleep: async (ms: number) => {
      slept.push(ms)
      now += ms
    },
    slept,
  }
}

test('the /derivatives budget: 50 sendorders (cost 10) pass, the 51st waits for 10 units (200 ms of refill + 250 ms margin)', async () => {
  const clock = fakeClock()
  const limiter = new FuturesRateLimiter(clock)
  for (let i = 0; i < 50; i++) await limiter.acquire('derivatives', 10)
  expect(clock.slept).toEqual([])
  const waits: FuturesRateLimitWait[] = []
  await limiter.acquire('derivatives', 10, (wait) => waits.push(wait))
  expect(waits).toEqual([{ pool: 'derivatives', cost: 10, ms: 450 }])
  // batchorder of 10 instructions costs 19.
  await limiter.acquire('derivatives', 19)
  // 12.5 units were left after the margin; 6.5 more take 130 ms, plus the margin.
  expect(clock.slept.at(-1)).toBe(380)
})

test('the history pool: 100 tokens, refilling 100 per 10 minutes', async () => {
  const clock = fakeClock()
  const limiter = new FuturesRateLimiter(clock)
  for (let i = 0; i < 10; i++) await limiter.acquire('history', 10)
  expect(limiter.available('history')).toBe(0)
  await limiter.acquire('history', 6)
  expect(clock.slept).toEqual([36_250])
})

test('waiting callers are served in order', async () => {
  const clock = fakeClock()
  const limiter = new FuturesRateLimiter(clock)
  const order: number[] = []
  await Promise.all([1, 2, 3].map((n) => limiter.acquire('derivatives', 300).then(() => order.push(n))))
  expect(order).toEqual([1, 2, 3])
})

test('against kraken-sim (limits on): the client waits instead of failing; without it the third call fails', async () => {
  const sim = inject('krakenSim')
  const account = await createSimAccount(sim)
  const waits: number[] = []
  const client = createFuturesClient({
    baseUrl: sim.futuresUrl,
    key: account.futuresKey,
    secret: account.futuresSecret,
    onRateLimitWait: (wait) => waits.push(wait.ms),
  })
  // unwindqueue costs 200 of 500: the third call must wait for the budget to refill.
  for (let i = 0; i < 3; i++) await expect(getUnwindQueue(client)).resolves.toMatchObject({ result: 'success' })
  expect(waits).toHaveLength(1)
  const other = await createSimAccount(sim)
  const unlimited = createFuturesClient({
    baseUrl: sim.futuresUrl,
    key: other.futuresKey,
    secret: other.futuresSecret,
    rateLimit: false,
  })
  await getUnwindQueue(unlimited)
  await getUnwindQueue(unlimited)
  await expect(getUnwindQueue(unlimited)).rejects.toMatchObject({
    code: 'apiLimitExceeded',
    category: 'rate_limit',
    retryable: true,
  })
})
