import { KrakenTimeoutError } from '@k/errors'

/** The challenge fields Kraken requires on every private subscribe / unsubscribe. */
export type ChallengeFields = { api_key: string; original_challenge: string; signed_challenge: string }

/**
 * The challenge of one connection: requested once (`{"event":"challenge","api_key":…}`), answered by
 * `{"event":"challenge","message":"<uuid>"}`, signed, then reused for every private request on that connection.
 * A new connection needs a new challenge (python-kraken-sdk re-challenges after every reconnect, so do we).
 */
export class _Challenge {
  readonly #key: string
  readonly #sign: (challenge: string) => Promise<string>
  readonly #request: (message: { event: 'challenge'; api_key: string }) => void
  readonly #timeoutMs: number
  #fields: Promise<ChallengeFields> | undefined
  #waiter: { resolve(challenge: string): void; reject(error: Error): void } | undefined

  constructor(options: {
    key: string
    sign: (challenge: string) => Promise<string>
    request: (message: { event: 'challenge'; api_key: string }) => void
    timeoutMs: number
  }) {
    this.#key = options.key
    this.#sign = options.sign
    this.#request = options.request
    this.#timeoutMs = options.timeoutMs
  }

  /** The signed fields for this connection, requesting the challenge on first use. */
  fields(): Promise<ChallengeFields> {
    if (!this.#fields) {
      const received = new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new KrakenTimeoutError(`No challenge from Kraken within ${this.#timeoutMs} ms.`, {
                details: { endpoint: 'ws challenge', sent: 'yes' },
              }),
            ),
          this.#timeoutMs,
        )
        this.#waiter = {
          resolve: (challenge) => {
            clearTimeout(timer)
            resolve(challenge)
          },
          reject: (error) => {
            clearTimeout(timer)
            reject(error)
          },
        }
      })
      const fields = received.then(async (challenge) => ({
        api_key: this.#key,
        original_challenge: challenge,
        signed_challenge: await this.#sign(challenge),
      }))
      fields.catch(() => {
        // A failed challenge is reported through the request that needed it; forget it so the next one retries.
        if (this.#fields === fields) this.#fields = undefined
      })
      this.#fields = fields
      this.#request({ event: 'challenge', api_key: this.#key })
    }
    return this.#fields
  }

  /** Kraken's `{"event":"challenge","message":…}` arrived. */
  receive(challenge: string): void {
    this.#waiter?.resolve(challenge)
    this.#waiter = undefined
  }

  /** The connection is gone: the challenge is void. */
  reset(error: Error): void {
    this.#waiter?.reject(error)
    this.#waiter = undefined
    this.#fields = undefined
  }
}
