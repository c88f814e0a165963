// Browser entry (selected by the `browser` export condition): WebCrypto instead of node:crypto, same names.
export { createNonce, type CreateNonceOptions, type NonceScale } from './createNonce.js'
export { signFuturesChallenge } from './web/signFuturesChallenge.js'
export { signFuturesRequest } from './web/signFuturesRequest.js'
export { signSpotRequest } from './web/signSpotRequest.js'
export type { SignFuturesChallengeParameters, SignFuturesRequestParameters, SignSpotRequestParameters } from './types.js'
