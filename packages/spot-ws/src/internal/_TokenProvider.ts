/** What `GetWebSocketsToken` returns: the token and its lifetime in seconds. */
export type WsToken = { token: string; expires: number }

/**
 * Holds the WS token and fetches a fresh one single-flight: however many callers ask at once (reconnect, replay,
 * an `EAPI:Invalid token` answer), one REST call is made (ccxt #29393 minted one token per private watch).
 */
export class _TokenProvider {
  #token: string | undefined
  /** The last token fetched, with Kraken's `expires` (seconds). */
  last: WsToken | undefined
  #inflight: Promise<string> | undefined
  /** How many tokens were fetched (for tests and diagnostics). */
  fetches = 0

  constructor(readonly fetchToken: () => Promise<WsToken>) {}

  /** The current token (waiting for a refresh in flight, so a token known to be bad is not reused). */
  get(): Promise<string> {
    if (this.#inflight) return this.#inflight
    return this.#token !== undefined ? Promise.resolve(this.#token) : this.refresh()
  }

  /** Fetches a fresh token (joins a fetch already running). */
  refresh(): Promise<string> {
    this.#inflight ??= (async () => {
      try {
        this.fetches++
        const fetched = await this.fetchToken()
        const { token } = fetched
        this.last = fetched
        this.#token = token
        return token
      } finally {
        this.#inflight = undefined
      }
    })()
    return this.#inflight
  }
}
