import { createHash, createHmac } from 'node:crypto'
import { _assertText } from '../internal/_assertText.js'
import { _futuresSigningPath } from '../internal/_futuresSigningPath.js'
import { _nodeKey } from '../internal/_nodeKey.js'
import type { SignFuturesRequestParameters } from '../types.js'

/**
 * Futures REST `Authent`: `base64(HMAC-SHA512(base64decode(secret), SHA256(postData + nonce + path)))`, where `path`
 * has its `/derivatives` prefix stripped and `postData` is the url-encoded text exactly as sent.
 *
 * Kraken quirk: since 2024-02-20 `postData` must be hashed url-encoded as on the wire (`greeting=hello%20world`), not
 * decoded; the older decoded form "will be phased out" (support.kraken.com/hc/en-us/articles/360022635592). For
 * `batchorder` that means `json=<url-encoded JSON>`.
 *
 * Python: done inside `kraken.futures.FuturesClient.request` (no public name).
 * Docs: https://docs.kraken.com/api/docs/guides/futures-rest
 *
 * @example
 * import { signFuturesRequest } from '@k/signing'
 * const authent = await signFuturesRequest({ secret, path: '/derivatives/api/v3/openpositions', nonce, postData: '' })
 */
export async function signFuturesRequest(parameters: SignFuturesRequestParameters): Promise<string> {
  return signFuturesRequestSync(parameters)
}

/**
 * Synchronous form of {@link signFuturesRequest} (Node only).
 *
 * @example
 * import { signFuturesRequestSync } from '@k/signing'
 * const authent = signFuturesRequestSync({ secret, path: '/derivatives/api/v3/accounts', nonce: '', postData: '' })
 */
export function signFuturesRequestSync({ secret, path, nonce, postData }: SignFuturesRequestParameters): string {
  const key = _nodeKey(secret)
  _assertText(path, 'path')
  _assertText(nonce, 'nonce', 'optional-nonce')
  _assertText(postData, 'postData')
  const digest = createHash('sha256').update(postData).update(nonce).update(_futuresSigningPath(path)).digest()
  return createHmac('sha512', key).update(digest).digest('base64')
}
