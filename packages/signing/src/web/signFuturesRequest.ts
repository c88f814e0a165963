import { _futuresSigningPath } from '../_futuresPath.js'
import type { SignFuturesRequestParameters } from '../types.js'
import { _hmacSha512Base64, _sha256, _utf8 } from './_hmacSha512.js'

/** WebCrypto form of Futures REST `Authent` (`/derivatives` stripped; `postData` url-encoded as sent). */
export async function signFuturesRequest({ secret, path, nonce, postData }: SignFuturesRequestParameters): Promise<string> {
  return _hmacSha512Base64(secret, await _sha256(_utf8(postData + nonce + _futuresSigningPath(path))))
}
