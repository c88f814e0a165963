import { createHash, createHmac } from 'node:crypto'
import { _futuresSigningPath } from '../_futuresPath.js'
import type { SignFuturesRequestParameters } from '../types.js'
import { _nodeKey } from './_keyCache.js'

/**
 * Futures REST `Authent`: `base64(HMAC-SHA512(base64decode(secret), SHA256(postData + nonce + path)))`, where `path`
 * has its `/derivatives` prefix stripped and `postData` is the url-encoded text exactly as sent (Kraken's rule since
 * 2024-02-20; the older decoded form is being phased out).
 *
 * @example
 * import { signFuturesRequest } from '@k/signing'
 * const authent = await signFuturesRequest({ secret, path: '/derivatives/api/v3/openpositions', nonce, postData: '' })
 */
export async function signFuturesRequest(parameters: SignFuturesRequestParameters): Promise<string> {
  return signFuturesRequestSync(parameters)
}

/** Synchronous form of {@link signFuturesRequest} (Node only). */
export function signFuturesRequestSync({ secret, path, nonce, postData }: SignFuturesRequestParameters): string {
  const key = _nodeKey(secret)
  const digest = createHash('sha256').update(postData).update(nonce).update(_futuresSigningPath(path)).digest()
  return createHmac('sha512', key).update(digest).digest('base64')
}
