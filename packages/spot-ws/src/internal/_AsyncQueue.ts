/**
 * A bounded push/pull queue behind `stream()`: the socket side pushes, the `for await` side pulls. When more than
 * `highWaterMark` values wait, the queue fails with `overflowError()` instead of growing without limit.
 */
export class _AsyncQueue<T> implements AsyncIterableIterator<T> {
  readonly #buffer: T[] = []
  #head = 0
  #waiter: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined
  #error: unknown
  #done = false

  constructor(
    readonly highWaterMark: number,
    readonly overflowError: () => Error,
    readonly onEnd: () => void,
  ) {}

  get size(): number {
    return this.#buffer.length - this.#head
  }

  /** Adds a value; false when the queue is finished or just overflowed. */
  push(value: T): boolean {
    if (this.#done || this.#error !== undefined) return false
    if (this.#waiter) {
      const waiter = this.#waiter
      this.#waiter = undefined
      waiter.resolve({ value, done: false })
      return true
    }
    if (this.size >= this.highWaterMark) {
      this.fail(this.overflowError())
      return false
    }
    this.#buffer.push(value)
    return true
  }

  /** Ends the iteration with an error at once (buffered values are dropped: the consumer is told it fell behind). */
  fail(error: unknown): void {
    if (this.#done || this.#error !== undefined) return
    this.#error = error
    this.#buffer.length = 0
    this.#head = 0
    this.onEnd()
    if (this.#waiter) {
      const waiter = this.#waiter
      this.#waiter = undefined
      waiter.reject(error)
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.size > 0) {
      const value = this.#buffer[this.#head]!
      this.#head++
      if (this.#head > 1024 && this.#head * 2 > this.#buffer.length) {
        this.#buffer.splice(0, this.#head)
        this.#head = 0
      }
      return Promise.resolve({ value, done: false })
    }
    if (this.#error !== undefined) return Promise.reject(this.#error)
    if (this.#done) return Promise.resolve({ value: undefined, done: true })
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject }
    })
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.#done) {
      this.#done = true
      this.#buffer.length = 0
      this.#head = 0
      if (this.#error === undefined) this.onEnd()
      this.#waiter?.resolve({ value: undefined, done: true })
      this.#waiter = undefined
    }
    return Promise.resolve({ value: undefined, done: true })
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this
  }
}
