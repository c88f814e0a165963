import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import type { SimPair } from '../../spot-market/pairs.js'
import type { SimState } from '../../state/SimState.js'
import { DecayingCounter } from './DecayingCounter.js'
import { getSpotRateLimits, TRADING_TIERS } from './getSpotRateLimits.js'

/** What is being charged: `batchAdd` costs ½ per order; the others follow Kraken's penalty table by order age. */
export type TradingCounterKind = 'add' | 'amend' | 'edit' | 'cancel' | 'batchAdd'

const AGE_STEPS = [5_000, 10_000, 15_000, 45_000, 90_000, 300_000]
const PENALTIES: Record<Exclude<TradingCounterKind, 'add' | 'batchAdd'>, number[]> = {
  amend: [3, 2, 1, 0, 0, 0],
  edit: [6, 5, 4, 2, 1, 0],
  cancel: [8, 6, 5, 4, 2, 1],
}

/** Kraken's cost of one trading action (fixed part + the penalty for the age of the order it touches). */
export function tradingCost(kind: TradingCounterKind, orderAgeMs = Number.POSITIVE_INFINITY): number {
  if (kind === 'add') return 1
  if (kind === 'batchAdd') return 0.5
  const fixed = kind === 'cancel' ? 0 : 1
  const step = AGE_STEPS.findIndex((limit) => orderAgeMs < limit)
  return fixed + (step === -1 ? 0 : (PENALTIES[kind][step] ?? 0))
}

/**
 * Charges Kraken's per-key, per-pair trading counter (shared by REST, WS and FIX on Kraken; here by Spot REST and
 * the Spot WS simulator). Throws `EOrder:Rate limit exceeded` when an add/amend/edit would take the counter over the
 * tier's threshold (starter 60, intermediate 125, pro 180; decay 1 / 2.34 / 3.75 per second).
 * Kraken docs: https://docs.kraken.com/api/docs/guides/spot-ratelimits Cancels are never
 * refused: their penalty is added even over the threshold. `count` multiplies the cost (batches).
 *
 * @example
 * chargeTradingCounter(sim.state, key, pair, 'cancel', Date.now() - order.opentm)
 */
export function chargeTradingCounter(
  state: SimState,
  key: string,
  pair: SimPair,
  kind: TradingCounterKind,
  orderAgeMs?: number,
  count = 1,
): void {
  if (!state.rateLimits) return
  const limits = getSpotRateLimits(state)
  const now = limits.now()
  const id = `${key} ${pair.restName}`
  let counter = limits.trading.get(id)
  if (!counter) {
    const tier = TRADING_TIERS[state.tier]
    counter = new DecayingCounter(tier.max, tier.decay, now)
    limits.trading.set(id, counter)
  }
  const cost = tradingCost(kind, orderAgeMs) * count
  if (kind === 'cancel') counter.add(cost, now)
  else if (!counter.tryAdd(cost, now)) throw new SimKrakenError('EOrder:Rate limit exceeded')
}
