import { KrakenError } from '@k/errors'
import type { FuturesFeed } from '../FuturesFeed.js'
import type { FuturesWsClient } from '../FuturesWsClient.js'
import type { FuturesStreamMessageMap } from '../messages/FuturesWsMessage.js'
import { _AsyncQueue } from './_AsyncQueue.js'
import type { FuturesSubscribeParameters } from './_parseSubscribeParameters.js'

/** The body of `FuturesWsClient.stream()`: filter one feed's messages into a bounded async queue. */
export function _streamFeed<Feed extends FuturesFeed>(
  client: FuturesWsClient,
  parameters: FuturesSubscribeParameters & { feed: Feed },
  options: { limit: number; subscribe: boolean; isClosed: () => boolean },
): AsyncIterableIterator<FuturesStreamMessageMap[Feed]> {
  const { feed } = parameters
  const products = parameters.product_ids ? new Set(parameters.product_ids) : undefined
  const queue = new _AsyncQueue<FuturesStreamMessageMap[Feed]>(
    options.limit,
    () =>
      new KrakenError(
        `stream(${feed}) consumer fell behind: ${options.limit} messages were buffered; the stream was stopped.`,
        {
          code: 'EStream:Overflow',
          category: 'client',
        },
      ),
    () => {
      off()
      if (options.subscribe && !options.isClosed()) client.unsubscribe(parameters).catch(() => {})
    },
  )
  const off = client.on('message', (message) => {
    if (!('feed' in message) || 'event' in message) return
    // A feed's snapshot is named `<feed>_snapshot` (book_snapshot, open_orders_snapshot, …).
    if (message.feed !== feed && message.feed !== `${feed}_snapshot`) return
    const productId = (message as { product_id?: string }).product_id
    if (products && (productId === undefined || !products.has(productId))) return
    queue.push(message as FuturesStreamMessageMap[Feed])
  })
  if (options.subscribe) client.subscribe(parameters).catch((error: unknown) => queue.fail(error))
  return queue
}
