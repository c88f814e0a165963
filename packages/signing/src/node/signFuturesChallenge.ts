import { createHash, createHmac } from 'node:crypto'
import { _assertText } from '../internal/_assertText.js'
import { _nodeKey } from '../internal/_nodeKey.js'
import type { SignFuturesChallengeParameters } from '../types.js'

/**
 * Futures WebSocket `signed_challenge`: `base64(HMAC-SHA512(base64decode(secret), SHA256(challenge)))`.
 *
 * Official vector (docs.kraken.com/api/docs/guides/futures-websockets): challenge
 * `c100b894-1729-464d-ace1-52dbce11db42`, secret
 * `7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm`
 * → `4JEpF3ix66GA2B+ooK128Ift4XQVtc137N9yeg4Kqsn9PI0Kpzbysl9M1IeCEdjg0zl00wkVqcsnG4bmnlMb3A==`.
 *
 * Python: `kraken.futures.FuturesWSClient.get_sign_challenge`.
 * Docs: https://docs.kraken.com/api/docs/guides/futures-websockets
 *
 * @example
 * import { signFuturesChallenge } from '@k/signing'
 * const signed = await signFuturesChallenge({ secret, challenge: message.message })
 * socket.send(JSON.stringify({ event: 'subscribe', feed: 'open_orders', api_key, original_challenge: message.message, signed_challenge: signed }))
 */
export async function signFuturesChallenge(parameters: SignFuturesChallengeParameters): Promise<string> {
  return signFuturesChallengeSync(parameters)
}

/**
 * Synchronous form of {@link signFuturesChallenge} (Node only).
 *
 * @example
 * import { signFuturesChallengeSync } from '@k/signing'
 * const signed = signFuturesChallengeSync({ secret, challenge })
 */
export function signFuturesChallengeSync({ secret, challenge }: SignFuturesChallengeParameters): string {
  const key = _nodeKey(secret)
  _assertText(challenge, 'challenge')
  const digest = createHash('sha256').update(challenge).digest()
  return createHmac('sha512', key).update(digest).digest('base64')
}
