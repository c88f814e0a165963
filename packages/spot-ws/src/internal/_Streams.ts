import { KrakenError } from '@k/errors'
import { type SubscribeParameters, SubscribeParametersSchema } from '../schemas/SubscribeParametersSchema.js'
import type { ChannelMessageMap } from '../types/SpotWsMessage.js'
import type { StreamOptions } from '../types/StreamOptions.js'
import { _AsyncQueue } from './_AsyncQueue.js'
import { _parseParameters } from './_parseParameters.js'
import { _streamFilter } from './_streamFilter.js'

/** How a stream subscribes and unsubscribes (the client's public methods, so subclasses are honoured). */
export type _StreamSubscriber = {
  subscribe(params: SubscribeParameters): Promise<unknown>
  unsubscribe(params: SubscribeParameters): Promise<unknown>
}

/**
 * The open `stream()` iterators of a `SpotWsClient`: each is a bounded {@link _AsyncQueue} fed with the messages of
 * its channel and symbols. Closing the client ends them (`done`); a connection that stops for good fails them.
 */
export class _Streams {
  readonly #listeners = new Set<(message: Record<string, unknown>) => void>()
  readonly #queues = new Set<{ return(): unknown; fail(error: unknown): void }>()

  /** `SpotWsClient.stream`: subscribes on start (unless `subscribe: false`) and unsubscribes when the loop ends. */
  open<Channel extends keyof ChannelMessageMap>(
    params: SubscribeParameters & { channel: Channel },
    options: StreamOptions,
    defaultHighWaterMark: number | undefined,
    subscriber: _StreamSubscriber,
  ): AsyncIterableIterator<ChannelMessageMap[Channel]> {
    const parsed = _parseParameters(SubscribeParametersSchema, params, 'stream')
    const limit = options.highWaterMark ?? defaultHighWaterMark ?? 10_000
    const shouldSubscribe = options.subscribe !== false
    const filter = _streamFilter(parsed.channel, parsed.symbol)
    const listener = (message: Record<string, unknown>) => {
      if (filter(message)) queue.push(message as ChannelMessageMap[Channel])
    }
    const queue = new _AsyncQueue<ChannelMessageMap[Channel]>(
      limit,
      () =>
        new KrakenError(
          `stream(${parsed.channel}) consumer fell behind: ${limit} messages were buffered; the stream was stopped.`,
          {
            code: 'EStream:Overflow',
            category: 'client',
            retryable: false,
          },
        ),
      () => {
        this.#listeners.delete(listener)
        this.#queues.delete(queue)
        if (shouldSubscribe) subscriber.unsubscribe(params).catch(() => {})
      },
    )
    this.#listeners.add(listener)
    this.#queues.add(queue)
    if (shouldSubscribe) subscriber.subscribe(params).catch((error: unknown) => queue.fail(error))
    return queue
  }

  /** Offers a message to every open stream. */
  deliver(message: Record<string, unknown>): void {
    for (const listener of this.#listeners) listener(message)
  }

  /** Ends every open `for await` loop (done) instead of leaving it waiting forever. */
  endAll(): void {
    for (const queue of [...this.#queues]) void queue.return()
  }

  /** Fails every open stream: its loop throws `error`. */
  failAll(error: unknown): void {
    for (const queue of [...this.#queues]) queue.fail(error)
  }
}
