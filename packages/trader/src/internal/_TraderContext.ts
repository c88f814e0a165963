import type { GetAssetPairsReturnType, GetSystemStatusReturnType, SpotClient, TickerInfo } from '@k/spot-rest'
import type { SpotWsClient } from '@k/spot-ws'
import type { PairMap } from '../PairMap.js'
import type { TraderEvents, TraderOptions } from '../types.js'
import type { _LiveMarket } from './_LiveMarket.js'

/**
 * The internals of one {@link Trader}, shared by the action functions (`actions/…`) the class delegates to. Held in
 * the trader's `#private` field; it never holds the credentials themselves (they live only in the clients' private
 * fields and in the `createWs` closure).
 */
export interface _TraderContext {
  /** The trader's options with `key` and `secret` removed. */
  readonly options: TraderOptions
  readonly rest: SpotClient
  /** Builds the WS client; a closure so that the credentials live only inside the clients' private fields. */
  readonly createWs: () => SpotWsClient
  /** The trader's `emit` (protected on the class). */
  readonly emit: <K extends keyof TraderEvents>(event: K, ...args: Parameters<TraderEvents[K]>) => void
  ws: SpotWsClient | undefined
  live: _LiveMarket | undefined
  privateUp: boolean
  publicUp: boolean
  assetPairs: Promise<GetAssetPairsReturnType> | undefined
  pairMap: Promise<PairMap> | undefined
  restStatus: { value: GetSystemStatusReturnType; at: number } | undefined
  readonly tickerSeeds: Map<string, Promise<TickerInfo | undefined>>
}
