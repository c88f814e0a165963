import { KrakenError } from '@k/errors'

/**
 * A FIFO lane with a concurrency limit for signed requests. With a limit of 1 each nonce reaches Kraken after the
 * previous one: Kraken rejects a nonce that is not greater than the last one it saw (Spot `EAPI:Invalid nonce`,
 * Futures `nonceBelowThreshold`/`nonceDuplicate`), and parallel requests on separate connections can arrive out of
 * order. A task holds its slot until it settles (signing and the round trip), then hands it to the next in line.
 */
export class SigningLane {
  readonly #limit: number
  #running = 0
  readonly #queue: Array<() => void> = []

  constructor(limit = 1) {
    this.#limit = Math.max(1, Math.floor(limit))
  }

  /** Runs `task` when a slot is free. An abort while waiting rejects with code `EAbort` (`details.sent: 'no'`). */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.#running >= this.#limit) await this.#wait(signal)
    else this.#running++
    try {
      return await task()
    } finally {
      const next = this.#queue.shift()
      if (next) next()
      else this.#running--
    }
  }

  // Resolves when a running task hands its slot over (the slot count stays the same).
  #wait(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal))
        return
      }
      const onAbort = () => {
        const index = this.#queue.indexOf(start)
        if (index !== -1) this.#queue.splice(index, 1)
        reject(abortError(signal))
      }
      const start = () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }
      this.#queue.push(start)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }
}

function abortError(signal: AbortSignal | undefined): KrakenError {
  return new KrakenError('The call was aborted while it waited for its turn to be signed; nothing was sent.', {
    code: 'EAbort',
    category: 'client',
    retryable: true,
    details: { sent: 'no' },
    cause: signal?.reason,
  })
}
