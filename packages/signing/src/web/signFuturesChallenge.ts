import { _assertText } from '../internal/_assertText.js'
import { _hmacSha512Base64, _sha256, _utf8 } from '../internal/_webCrypto.js'
import type { SignFuturesChallengeParameters } from '../types.js'

/**
 * WebCrypto form of the Futures WebSocket `signed_challenge`. Same output as the Node build.
 *
 * Python: `kraken.futures.FuturesWSClient.get_sign_challenge`.
 * Docs: https://docs.kraken.com/api/docs/guides/futures-websockets
 *
 * @example
 * import { signFuturesChallenge } from '@k/signing'
 * const signed = await signFuturesChallenge({ secret, challenge })
 */
export async function signFuturesChallenge({ secret, challenge }: SignFuturesChallengeParameters): Promise<string> {
  _assertText(challenge, 'challenge')
  return _hmacSha512Base64(secret, await _sha256(_utf8(challenge)))
}
