import { _assertText } from '../internal/_assertText.js'
import { _concat, _hmacSha512Base64, _sha256, _utf8 } from '../internal/_webCrypto.js'
import type { SignSpotRequestParameters } from '../types.js'

/**
 * WebCrypto form of Spot REST `API-Sign` (browser build; same algorithm, vector and output as the Node build):
 * `base64(HMAC-SHA512(base64decode(secret), path + SHA256(nonce + body)))`.
 *
 * Python: done inside `kraken.spot.SpotClient.request` (no public name).
 * Docs: https://docs.kraken.com/api/docs/guides/spot-rest-auth
 *
 * @example
 * import { signSpotRequest } from '@k/signing' // resolves here under the `browser` condition
 * const apiSign = await signSpotRequest({ secret, path: '/0/private/Balance', nonce, body: `nonce=${nonce}` })
 */
export async function signSpotRequest({ secret, path, nonce, body }: SignSpotRequestParameters): Promise<string> {
  _assertText(path, 'path')
  _assertText(nonce, 'nonce', 'nonce')
  _assertText(body, 'body')
  const digest = await _sha256(_utf8(nonce + body))
  return _hmacSha512Base64(secret, _concat(_utf8(path), digest))
}
