import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import type { SimState } from '../../state/SimState.js'
import { DecayingCounter } from './DecayingCounter.js'
import { getSpotRateLimits, REST_TIERS } from './getSpotRateLimits.js'

/** Ledger and trade-history calls cost 2; order placement/cancellation use the trading counter instead (cost 0). */
export function restCallCost(method: string): number {
  if (['Ledgers', 'QueryLedgers', 'TradesHistory', 'QueryTrades'].includes(method)) return 2
  if (
    [
      'AddOrder',
      'AddOrderBatch',
      'AmendOrder',
      'EditOrder',
      'CancelOrder',
      'CancelOrderBatch',
      'CancelAll',
      'CancelAllOrdersAfter',
    ].includes(method)
  )
    return 0
  return 1
}

/**
 * Charges one private REST call to the key's call counter; throws `EAPI:Rate limit exceeded` when the counter would
 * go over the tier's maximum (starter 15, intermediate/pro 20; decay 0.33 / 0.5 / 1 per second).
 * Kraken docs: https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits
 *
 * @example
 * chargeRestCounter(sim.state, key, 'Ledgers') // +2
 */
export function chargeRestCounter(state: SimState, key: string, method: string): void {
  if (!state.rateLimits) return
  const cost = restCallCost(method)
  if (cost === 0) return
  const limits = getSpotRateLimits(state)
  const now = limits.now()
  let counter = limits.rest.get(key)
  if (!counter) {
    const tier = REST_TIERS[state.tier]
    counter = new DecayingCounter(tier.max, tier.decay, now)
    limits.rest.set(key, counter)
  }
  if (!counter.tryAdd(cost, now)) throw new SimKrakenError('EAPI:Rate limit exceeded')
}
