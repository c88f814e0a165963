/**
 * Browser entry (selected by the `browser` export condition): WebCrypto instead of node:crypto, same names and
 * outputs, async only. Nothing here (or below) may import a `node:` module; a test walks the import graph.
 */
export { type CreateNonceOptions, createNonce, type NonceScale } from './createNonce.js'
export type {
  SignFuturesChallengeParameters,
  SignFuturesRequestParameters,
  SignSpotRequestParameters,
} from './types.js'
export { signFuturesChallenge } from './web/signFuturesChallenge.js'
export { signFuturesRequest } from './web/signFuturesRequest.js'
export { signSpotRequest } from './web/signSpotRequest.js'
