import type { SimState } from '../../state/SimState.js'
import type { SimTier } from '../../types.js'
import type { DecayingCounter } from './DecayingCounter.js'

/** Kraken's per-key REST call counter per tier (docs.kraken.com/api/docs/guides/spot-rest-ratelimits). */
export const REST_TIERS: Record<SimTier, { max: number; decay: number }> = {
  starter: { max: 15, decay: 0.33 },
  intermediate: { max: 20, decay: 0.5 },
  pro: { max: 20, decay: 1 },
}

/** Kraken's per-pair trading counter thresholds and decay (docs.kraken.com/api/docs/guides/spot-ratelimits). */
export const TRADING_TIERS: Record<SimTier, { max: number; decay: number }> = {
  starter: { max: 60, decay: 1 },
  intermediate: { max: 125, decay: 2.34 },
  pro: { max: 180, decay: 3.75 },
}

/** The rate-limit counters of one simulator; `now` is replaceable for deterministic tests. */
export type SpotRateLimits = {
  rest: Map<string, DecayingCounter>
  trading: Map<string, DecayingCounter>
  now: () => number
}

/** The simulator's spot rate-limit state (shared by REST and WS trading). */
export function getSpotRateLimits(state: SimState): SpotRateLimits {
  return state.domain('spot-rate-limits', () => ({ rest: new Map(), trading: new Map(), now: Date.now }))
}
