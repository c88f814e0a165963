import { type FuturesFeed, isFuturesPrivateFeed } from '../FuturesFeed.js'
import type { FuturesSubscriptionEventMessage } from '../messages/FuturesEventMessage.js'
import type { _FuturesWsState } from './_FuturesWsState.js'
import { _timedOut } from './_wsErrors.js'

const OPEN = 1

type Entry = { kind: 'subscribe' | 'unsubscribe'; feed: FuturesFeed; product: string | undefined; sent: boolean }

/**
 * One subscribe/unsubscribe request for one product (or a product-less feed), answered by Kraken's ack. An active
 * subscription is not sent again (except by a replay); an unsubscribe while disconnected only forgets it. The
 * request is tracked in the registry (with its timeout) and queued once per connection: while disconnected it waits
 * for the replay of the next open.
 */
export function _requestSubscription(
  state: _FuturesWsState,
  kind: 'subscribe' | 'unsubscribe',
  feed: FuturesFeed,
  product: string | undefined,
  isReplay: boolean,
): Promise<FuturesSubscriptionEventMessage> {
  const ack = (event: 'subscribed' | 'unsubscribed') => ({
    event,
    feed,
    ...(product === undefined ? {} : { product_ids: [product] }),
  })
  if (!isReplay && kind === 'subscribe' && state.registry.isActive(feed, product))
    return Promise.resolve(ack('subscribed'))
  if (kind === 'unsubscribe' && state.status !== 'open') {
    // Disconnected: Kraken already forgot the subscription; just do not replay it.
    state.registry.drop(feed, product)
    state.replay = state.replay.filter((item) => item.feed !== feed || item.product !== product)
    return Promise.resolve(ack('unsubscribed'))
  }
  const endpoint = `ws ${kind} ${feed}`
  const { entry } = state.registry.track(kind, feed, product, state.options.requestTimeout, () =>
    _timedOut(endpoint, state.options.requestTimeout),
  )
  if (state.status === 'open' && entry.queuedIn !== state.generation) {
    entry.queuedIn = state.generation
    void send(state, entry)
  }
  return entry.promise
}

/** Sends the request through the pacer (private feeds with the signed challenge) unless its socket is gone. */
async function send(state: _FuturesWsState, entry: Entry): Promise<void> {
  const generation = state.generation
  let message: Record<string, unknown> = {
    event: entry.kind,
    feed: entry.feed,
    ...(entry.product === undefined ? {} : { product_ids: [entry.product] }),
  }
  if (isFuturesPrivateFeed(entry.feed)) {
    try {
      message = { ...message, ...(await state.challenge!.fields()) }
    } catch {
      return // the connection dropped or Kraken never answered: the request is replayed or times out
    }
  }
  state.pacer.schedule(() => {
    if (generation !== state.generation || state.socket?.readyState !== OPEN) return
    state.socket.send(JSON.stringify(message))
    entry.sent = true
  })
}
