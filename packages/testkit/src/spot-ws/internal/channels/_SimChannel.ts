import type { SimSubscription } from '../_SimSubscription.js'
import type { SpotWsSession } from '../_SpotWsSession.js'
import type { WsEngineEvent } from '../_WsEngine.js'
import type { WsMarketChange } from '../_WsMarket.js'

/** How one WS v2 channel subscribes, snapshots and streams in the simulator. */
export type SimChannel = {
  name: string
  isPrivate: boolean
  needsSymbol: boolean
  /** Checks channel-specific params; returns Kraken's error string, or the subscription fields and ack result fields. */
  prepare(
    params: Record<string, unknown>,
  ): string | { fields: Partial<SimSubscription>; result: Record<string, unknown> }
  snapshot(session: SpotWsSession, subscription: SimSubscription): void
  onMarket?(session: SpotWsSession, subscription: SimSubscription, change: WsMarketChange): void
  onEngine?(session: SpotWsSession, subscription: SimSubscription, event: WsEngineEvent): void
}
