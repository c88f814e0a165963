import { createHash, createHmac } from 'node:crypto'
import { _assertText } from '../internal/_assertText.js'
import { _nodeKey } from '../internal/_nodeKey.js'
import type { SignSpotRequestParameters } from '../types.js'

/**
 * Spot REST `API-Sign`: `base64(HMAC-SHA512(base64decode(secret), path + SHA256(nonce + body)))`.
 *
 * `body` is exactly the bytes sent (url-encoded form, or the JSON text for AddOrderBatch/CancelOrderBatch); for a GET
 * the query string is appended to `path` without `?` (python-kraken-sdk signs `uri + query_params`).
 *
 * Official vector (docs.kraken.com/api/docs/guides/spot-rest-auth): secret
 * `kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==`, nonce `1616492376594`,
 * body `nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25`, path `/0/private/AddOrder`
 * → `4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==`.
 *
 * Python: done inside `kraken.spot.SpotClient.request` (no public name).
 * Docs: https://docs.kraken.com/api/docs/guides/spot-rest-auth
 *
 * @throws KrakenValidationError when the secret is empty or not base64 (the secret is never echoed), or an input is
 * not a string / the nonce not a decimal integer.
 * @example
 * import { createNonce, signSpotRequest } from '@k/signing'
 * const nonce = createNonce()()
 * const body = `nonce=${nonce}`
 * const apiSign = await signSpotRequest({ secret: process.env.KRAKEN_SECRET!, path: '/0/private/Balance', nonce, body })
 */
export async function signSpotRequest(parameters: SignSpotRequestParameters): Promise<string> {
  return signSpotRequestSync(parameters)
}

/**
 * Synchronous form of {@link signSpotRequest} (Node only; the browser build has no sync variants because WebCrypto
 * is asynchronous).
 *
 * @example
 * import { signSpotRequestSync } from '@k/signing'
 * const apiSign = signSpotRequestSync({ secret, path: '/0/private/Balance', nonce, body: `nonce=${nonce}` })
 */
export function signSpotRequestSync({ secret, path, nonce, body }: SignSpotRequestParameters): string {
  const key = _nodeKey(secret)
  _assertText(path, 'path')
  _assertText(nonce, 'nonce', 'nonce')
  _assertText(body, 'body')
  const digest = createHash('sha256').update(nonce).update(body).digest()
  return createHmac('sha512', key).update(path).update(digest).digest('base64')
}
