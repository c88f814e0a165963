import { _assertText } from '../internal/_assertText.js'
import { _futuresSigningPath } from '../internal/_futuresSigningPath.js'
import { _hmacSha512Base64, _sha256, _utf8 } from '../internal/_webCrypto.js'
import type { SignFuturesRequestParameters } from '../types.js'

/**
 * WebCrypto form of Futures REST `Authent` (`/derivatives` stripped; `postData` url-encoded exactly as sent, per
 * Kraken's 2024-02-20 rule). Same output as the Node build.
 *
 * Python: done inside `kraken.futures.FuturesClient.request` (no public name).
 * Docs: https://docs.kraken.com/api/docs/guides/futures-rest
 *
 * @example
 * import { signFuturesRequest } from '@k/signing'
 * const authent = await signFuturesRequest({ secret, path: '/derivatives/api/v3/accounts', nonce, postData: '' })
 */
export async function signFuturesRequest({
  secret,
  path,
  nonce,
  postData,
}: SignFuturesRequestParameters): Promise<string> {
  _assertText(path, 'path')
  _assertText(nonce, 'nonce', 'optional-nonce')
  _assertText(postData, 'postData')
  return _hmacSha512Base64(secret, await _sha256(_utf8(postData + nonce + _futuresSigningPath(path))))
}
