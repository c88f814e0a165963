/**
 * A bounded push/pull queue behind `stream()`: the socket side pushes, the `for await` side pulls. When more than
 * `highWaterMark` values wait, the queue fails with `overflowError()` instead of growing without limit.
 */
export class _AsyncQueue<T> implements AsyncIterableIterator<T> {
  readonly #buffer: T[] = []
  #waiter: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined
  #error: unknown
  #finished = false

  constructor(
    readonly highWaterMark: number,
    readonly overflowError: () => Error,
    readonly onEnd: () => void,
  ) {}

  push(value: T): void {
    if (this.#finished) return
    if (this.#waiter) {
      const waiter = this.#waiter
      this.#waiter = undefined
      waiter.resolve({ value, done: false })
    } else if (this.#buffer.length >= this.highWaterMark) {
      this.fail(this.overflowError())
    } else {
      this.#buffer.push(value)
    }
  }

  /** Ends the iteration with an error (buffered values are dropped). */
  fail(error: unknown): void {
    if (this.#finished) return
    this.#finished = true
    this.#error = error
    this.#buffer.length = 0
    this.onEnd()
    this.#waiter?.reject(error)
    this.#waiter = undefined
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#buffer.length > 0) return Promise.resolve({ value: this.#buffer.shift()!, done: false })
    if (this.#error !== undefined) return Promise.reject(this.#error)
    if (this.#finished) return Promise.resolve({ value: undefined, done: true })
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject }
    })
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.#finished) {
      this.#finished = true
      this.#buffer.length = 0
      this.onEnd()
      this.#waiter?.resolve({ value: undefined, done: true })
      this.#waiter = undefined
    }
    return Promise.resolve({ value: undefined, done: true })
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this
  }
}
