import { createHash, createHmac } from 'node:crypto'
import type { SignSpotRequestParameters } from '../types.js'
import { _nodeKey } from './_keyCache.js'

/**
 * Spot REST `API-Sign`: `base64(HMAC-SHA512(base64decode(secret), path + SHA256(nonce + body)))`.
 *
 * Official vector (docs.kraken.com/api/docs/guides/spot-rest-auth): secret
 * `kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==`, nonce `1616492376594`,
 * body `nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25`, path `/0/private/AddOrder`
 * → `4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==`.
 *
 * @example
 * import { signSpotRequest } from '@k/signing'
 * const sign = await signSpotRequest({ secret, path: '/0/private/Balance', nonce, body: `nonce=${nonce}` })
 */
export async function signSpotRequest(parameters: SignSpotRequestParameters): Promise<string> {
  return signSpotRequestSync(parameters)
}

/** Synchronous form of {@link signSpotRequest} (Node only). */
export function signSpotRequestSync({ secret, path, nonce, body }: SignSpotRequestParameters): string {
  const key = _nodeKey(secret)
  const digest = createHash('sha256').update(nonce).update(body).digest()
  return createHmac('sha512', key).update(path).update(digest).digest('base64')
}
