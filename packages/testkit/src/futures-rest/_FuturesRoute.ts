import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import type { FuturesEngine } from '../futures-engine/FuturesEngine.js'
import type { SimState } from '../state/SimState.js'
import type { SimHttpResponse } from '../types.js'

/** What a Futures route handler gets: parsed parameters (query and form body together), path parameters, the account. */
export type FuturesRouteContext = {
  state: SimState
  engine: FuturesEngine
  /** Present on authenticated routes. */
  account: FuturesAccount | undefined
  /** Path parameters (`:symbol` → `params.symbol`). */
  params: Record<string, string>
  /** Query string and url-encoded form body merged (repeated keys kept, e.g. `orderIds`). */
  input: URLSearchParams
  /** Parsed JSON body (RFQ offers), when the body is JSON. */
  json: Record<string, unknown> | undefined
}

/** One Kraken Futures operation of the simulator. */
export type FuturesRoute = {
  /** `METHOD /path/:param`. */
  route: string
  auth: boolean
  /** `derivatives` = the 500-per-10 s budget; `history` = the 100-per-10 min pool. */
  pool?: 'derivatives' | 'history'
  /** Cost in the pool (Kraken's futures-rate-limits table). */
  cost?: (context: FuturesRouteContext) => number
  handler: (context: FuturesRouteContext) => SimHttpResponse
}
