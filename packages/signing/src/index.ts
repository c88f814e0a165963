/** Node entry (`import`/`require` conditions): signatures via node:crypto, plus synchronous variants. */
export { type CreateNonceOptions, createNonce, type NonceScale } from './createNonce.js'
export { signFuturesChallenge, signFuturesChallengeSync } from './node/signFuturesChallenge.js'
export { signFuturesRequest, signFuturesRequestSync } from './node/signFuturesRequest.js'
export { signSpotRequest, signSpotRequestSync } from './node/signSpotRequest.js'
export type {
  SignFuturesChallengeParameters,
  SignFuturesRequestParameters,
  SignSpotRequestParameters,
} from './types.js'
