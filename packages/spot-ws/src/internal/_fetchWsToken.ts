import { getWebSocketsToken, type SpotClient } from '@k/spot-rest'
import type { WsToken } from './_TokenProvider.js'

/**
 * REST `GetWebSocketsToken` through @k/spot-rest (signing, nonce and rate limiter of that client). The token is
 * fetched on every private (re)connect and after `EAPI:Invalid token` / `ESession:Invalid session` answers.
 *
 * Kraken: https://docs.kraken.com/api/docs/rest-api/get-websockets-token
 */
export function _createTokenFetcher(client: SpotClient, timeoutMs: number): () => Promise<WsToken> {
  return async () => {
    const { token, expires } = await getWebSocketsToken(client, {}, { timeout: timeoutMs })
    return { token, expires: Number(expires) }
  }
}
