export type SignSpotRequestParameters = {
  /** The API secret as Kraken shows it (base64). */
  readonly secret: string
  /** URI path starting at `/0/private`, e.g. `/0/private/AddOrder`. */
  readonly path: string
  /** The nonce sent in the body (decimal string). */
  readonly nonce: string
  /** Exactly the body bytes sent: the url-encoded form, or the JSON text for JSON endpoints. */
  readonly body: string
}

export type SignFuturesRequestParameters = {
  /** The Futures API secret (base64). */
  readonly secret: string
  /** Endpoint path, e.g. `/derivatives/api/v3/sendorder`; a leading `/derivatives` is stripped before signing. */
  readonly path: string
  /** The `Nonce` header value, or `''` when none is sent. */
  readonly nonce: string
  /** Exactly the url-encoded text sent (query string for GET/PUT, body for POST), without a leading `?`. */
  readonly postData: string
}

export type SignFuturesChallengeParameters = {
  /** The Futures API secret (base64). */
  readonly secret: string
  /** The challenge UUID the server sent (`{"event":"challenge","message":"…"}`). */
  readonly challenge: string
}
