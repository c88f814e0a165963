import type { SignSpotRequestParameters } from '../types.js'
import { _concat, _hmacSha512Base64, _sha256, _utf8 } from './_hmacSha512.js'

/** WebCrypto form of Spot REST `API-Sign` (see the Node build for the algorithm and the official vector). */
export async function signSpotRequest({ secret, path, nonce, body }: SignSpotRequestParameters): Promise<string> {
  const digest = await _sha256(_utf8(nonce + body))
  return _hmacSha512Base64(secret, _concat(_utf8(path), digest))
}
