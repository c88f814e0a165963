import { isKrakenError } from '@k/errors'
import {
  createOrder,
  getAccountBalance,
  type RateLimitWaitEvent,
  SPOT_RATE_LIMITS,
  SpotClient,
  type SpotTier,
} from '@k/spot-rest'
import { type Simulator, startSimulator } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordFigures } from './internal/_recordFigures.js'

// Rate limits: one private simulator per tier (Kraken's counters on), a client of the same tier with its limiter
// on, and a burst just above each cap (REST call counter and per-pair trading counter). The limiter must make the
// calls wait so that the simulator never answers EAPI:/EOrder:Rate limit exceeded.

const TIERS: SpotTier[] = ['starter', 'intermediate', 'pro']
// Kraken's caps (kraken-facts §2; the simulator enforces the same).
const REST_CAP: Record<SpotTier, number> = { starter: 15, intermediate: 20, pro: 20 }
const TRADING_CAP: Record<SpotTier, number> = { starter: 60, intermediate: 125, pro: 180 }
const OVER = 3
const CONTROL = 'reliability-rate-control'

const sims = new Map<SpotTier, Simulator>()
const figures: Record<string, number | Record<string, number>> = {}

function account(tier: SpotTier) {
  return {
    key: `reliability-rate-${tier}`,
    secret: Buffer.from(`rate ${tier} secret`).toString('base64'),
    balances: { ZUSD: '100000000' },
  }
}

beforeAll(async () => {
  for (const tier of TIERS) {
    sims.set(
      tier,
      await startSimulator({ seed: 3, tier, accounts: [account(tier), { ...account(tier), key: CONTROL }] }),
    )
  }
})

afterAll(async () => {
  for (const sim of sims.values()) await sim.close()
  recordFigures('rateLimits', figures)
})

async function burst(tier: SpotTier) {
  const sim = sims.get(tier)!
  const { key, secret } = account(tier)
  const waits: RateLimitWaitEvent[] = []
  const client = new SpotClient({ baseUrl: sim.url, key, secret, tier, onRateLimitWait: (wait) => waits.push(wait) })
  const restCalls = REST_CAP[tier] + OVER
  const orders = TRADING_CAP[tier] + OVER
  const results = await Promise.allSettled([
    ...Array.from({ length: restCalls }, () => getAccountBalance(client)),
    ...Array.from({ length: orders }, (_, index) =>
      createOrder(client, {
        pair: 'XBTUSD',
        type: 'buy',
        ordertype: 'limit',
        volume: '0.001',
        price: '1000.0',
        userref: index,
      }),
    ),
  ])
  const errors = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown)
  const rateLimitErrors = errors.filter((error) => isKrakenError(error) && error.category === 'rate_limit')
  return {
    sim,
    key,
    waits,
    errors,
    rateLimitErrors,
    restCalls,
    orders,
  }
}

/** The same REST burst with the limiter off: the simulator does enforce the caps (so the test above can fail). */
async function control(): Promise<number> {
  const tier: SpotTier = 'starter'
  const { secret } = account(tier)
  const client = new SpotClient({ baseUrl: sims.get(tier)!.url, key: CONTROL, secret, tier, rateLimit: false })
  const results = await Promise.allSettled(
    Array.from({ length: REST_CAP[tier] + OVER }, () => getAccountBalance(client)),
  )
  const limited = results.filter(
    (result) => result.status === 'rejected' && isKrakenError(result.reason) && result.reason.category === 'rate_limit',
  )
  expect(limited.length).toBeGreaterThan(0)
  return limited.length
}

describe('bursts just above each tier’s caps with the limiter on', () => {
  it('the SDK caps match the simulator’s (Kraken’s) caps', () => {
    for (const tier of TIERS) {
      expect(SPOT_RATE_LIMITS[tier].rest.max).toBe(REST_CAP[tier])
      expect(SPOT_RATE_LIMITS[tier].trading.max).toBe(TRADING_CAP[tier])
    }
  })

  it('starter, intermediate and pro: 0 rate-limit errors from the simulator, because the limiter waits', async () => {
    const runs = await Promise.all(TIERS.map(async (tier) => [tier, await burst(tier)] as const))
    for (const [tier, run] of runs) {
      expect(run.rateLimitErrors, tier).toEqual([])
      expect(run.errors, tier).toEqual([])
      // Every call reached the simulator exactly once, and the limiter really had to wait on both counters.
      expect(await simRequestCount(run.sim, run.key, 'POST /0/private/Balance')).toBe(run.restCalls)
      expect(await simRequestCount(run.sim, run.key, 'POST /0/private/AddOrder')).toBe(run.orders)
      expect(
        run.waits.some((wait) => wait.counter === 'rest'),
        tier,
      ).toBe(true)
      expect(
        run.waits.some((wait) => wait.counter === 'trading'),
        tier,
      ).toBe(true)
    }
    figures.callsOverCap = OVER
    figures.rateLimitErrorsWithoutLimiter = await control()
    figures.restCalls = Object.fromEntries(runs.map(([tier, run]) => [tier, run.restCalls]))
    figures.orders = Object.fromEntries(runs.map(([tier, run]) => [tier, run.orders]))
    figures.limiterWaits = Object.fromEntries(runs.map(([tier, run]) => [tier, run.waits.length]))
    figures.rateLimitErrors = runs.reduce((sum, [, run]) => sum + run.rateLimitErrors.length, 0)
  }, 60_000)
})
