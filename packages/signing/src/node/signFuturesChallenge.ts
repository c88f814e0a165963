import { createHash, createHmac } from 'node:crypto'
import type { SignFuturesChallengeParameters } from '../types.js'
import { _nodeKey } from './_keyCache.js'

/**
 * Futures WebSocket `signed_challenge`: `base64(HMAC-SHA512(base64decode(secret), SHA256(challenge)))`.
 *
 * Official vector (docs.kraken.com/api/docs/guides/futures-websockets): challenge
 * `c100b894-1729-464d-ace1-52dbce11db42`, secret
 * `7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm`
 * → `4JEpF3ix66GA2B+ooK128Ift4XQVtc137N9yeg4Kqsn9PI0Kpzbysl9M1IeCEdjg0zl00wkVqcsnG4bmnlMb3A==`.
 */
export async function signFuturesChallenge(parameters: SignFuturesChallengeParameters): Promise<string> {
  return signFuturesChallengeSync(parameters)
}

/** Synchronous form of {@link signFuturesChallenge} (Node only). */
export function signFuturesChallengeSync({ secret, challenge }: SignFuturesChallengeParameters): string {
  const digest = createHash('sha256').update(challenge).digest()
  return createHmac('sha512', _nodeKey(secret)).update(digest).digest('base64')
}
