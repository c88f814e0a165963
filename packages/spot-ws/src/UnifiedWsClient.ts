import { SpotWsClient } from './SpotWsClient.js'
import type { SpotWsClientOptions } from './types/SpotWsClientOptions.js'

/** Kraken's Unified WebSocket endpoints. */
export const UNIFIED_WS_URL = 'wss://uws.kraken.com/v2/public'
export const UNIFIED_WS_PRIVATE_URL = 'wss://uws.kraken.com/v2/private'

export type UnifiedWsClientOptions = SpotWsClientOptions & {
  /** Added to every request's params unless the params name one: `'spot'` or `'derivatives'`. */
  assetClass: 'spot' | 'derivatives'
}

/**
 * Kraken's Unified WebSocket: the Spot WS v2 message format plus `asset_class`, one endpoint pair for spot and
 * derivatives, authenticated with the **Spot** `GetWebSocketsToken` token (no futures challenge). The path for
 * derivatives once the Futures APIs are retired (2027-03-01). Everything else is {@link SpotWsClient}.
 *
 * - Kraken: https://docs.kraken.com/exchange/api-reference/unified-websocket
 * - Python: none
 *
 * @example
 * import { UnifiedWsClient } from '@k/spot-ws'
 * const client = new UnifiedWsClient({ assetClass: 'derivatives', key, secret })
 * await client.connect()
 * await client.subscribe({ channel: 'ticker', symbol: ['PF_XBTUSD'] })
 */
export class UnifiedWsClient extends SpotWsClient {
  readonly assetClass: 'spot' | 'derivatives'

  constructor(options: UnifiedWsClientOptions) {
    super({ ...options, url: options.url ?? UNIFIED_WS_URL, authUrl: options.authUrl ?? UNIFIED_WS_PRIVATE_URL })
    this.assetClass = options.assetClass
  }

  protected override prepareParams(
    method: string,
    params: Record<string, unknown> | undefined,
  ): Record<string, unknown> | undefined {
    if (method === 'ping') return params
    return { asset_class: this.assetClass, ...params }
  }
}
