import { KrakenError } from '../../../../packages/errors/src/index.js'

/**
 * The browser bundle's stand-in for every module of `@k/spot-ws/src/trading/` and for its token modules
 * (`_fetchWsToken`, `_TokenProvider`, `_isTokenError`; swapped in by `browserBundlePlugin`). The bundle is public
 * market data: `SpotWsClient`'s trading methods (`addOrder`, `editOrder`, …) keep their names but reject with a
 * `KrakenError` (`category: 'client'`) before sending anything, and a client given `key`/`secret` or `getToken`
 * fails to open its private connection. This drops the trading schemas and the token logic (~2 KB gzip). Trade
 * and read private channels from a server with `@k/spot-ws` instead.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/add_order
 *
 * @example
 * await new SpotWsClient().addOrder({}) // rejects: "addOrder is not in the browser bundle …"
 */
export function _notInBundle(name: string) {
  return async (): Promise<never> => {
    throw new KrakenError(`${name} is not in the browser bundle (public market data); use @k/spot-ws.`, {
      category: 'client',
    })
  }
}

/** WS trading (`add_order` …, `SpotWsClient`'s trading methods): not in the bundle, see above. */
export const addOrder = _notInBundle('addOrder')
export const amendOrder = _notInBundle('amendOrder')
export const batchAdd = _notInBundle('batchAdd')
export const batchCancel = _notInBundle('batchCancel')
export const cancelAll = _notInBundle('cancelAll')
export const cancelAllOrdersAfter = _notInBundle('cancelAllOrdersAfter')
export const cancelOrder = _notInBundle('cancelOrder')
export const editOrder = _notInBundle('editOrder')
/** Tokens from key/secret (`GetWebSocketsToken`): not in the bundle. */
export const _createTokenFetcher = () => _notInBundle('A WS token from key/secret')

/** Private WS connections need a token: not in the bundle (see above). */
export class _TokenProvider {
  readonly fetches = 0
  get = _notInBundle('A private WS connection')
  refresh = this.get
}

/** No private connection, so no token error to react to. */
export const _isTokenError = (): boolean => false
