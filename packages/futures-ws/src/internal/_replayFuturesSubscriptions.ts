import type { KrakenError } from '@k/errors'
import type { FuturesFeed } from '../FuturesFeed.js'
import type { _FuturesWsState } from './_FuturesWsState.js'
import { _requestSubscription } from './_requestSubscription.js'

/**
 * Sends every subscription again after a (re)connect plus the requests made while disconnected. A replay that fails
 * is dropped and emitted as `error`; after a reconnect, `reconnected` lists the active subscriptions once all answered.
 */
export async function _replayFuturesSubscriptions(state: _FuturesWsState, isReconnect: boolean): Promise<void> {
  const generation = state.generation
  const unique = new Map<string, { feed: FuturesFeed; product: string | undefined }>()
  for (const item of [...state.replay, ...state.registry.pendingSubscribes()])
    unique.set(`${item.feed}|${item.product ?? ''}`, item)
  const list = [...unique.values()]
  state.replay = []
  if (list.length === 0 && !isReconnect) return
  const results = await Promise.allSettled(
    list.map(({ feed, product }) => _requestSubscription(state, 'subscribe', feed, product, true)),
  )
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') return
    const { feed, product } = list[index]!
    state.registry.drop(feed, product)
    if (generation === state.generation) state.emit('error', result.reason as KrakenError)
  })
  if (isReconnect && generation === state.generation && state.status === 'open')
    state.emit('reconnected', { subscriptions: state.registry.active })
}
