import type { SignFuturesChallengeParameters } from '../types.js'
import { _hmacSha512Base64, _sha256, _utf8 } from './_hmacSha512.js'

/** WebCrypto form of the Futures WebSocket `signed_challenge`. */
export async function signFuturesChallenge({ secret, challenge }: SignFuturesChallengeParameters): Promise<string> {
  return _hmacSha512Base64(secret, await _sha256(_utf8(challenge)))
}
