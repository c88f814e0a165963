import type { _SubscriptionStore } from './_SubscriptionStore.js'

/**
 * Re-subscribes everything a connection had acked, symbols batched per message and paced under Kraken's message rate
 * (xchange-stream #502: 25 subscribes at once after a reconnect → `Exceeded msg rate`). Stops when the socket is gone.
 */
export async function _replaySubscriptions(init: {
  store: _SubscriptionStore
  batchSize: number
  messagesPerSecond: number
  isOpen: () => boolean
  subscribe: (params: Record<string, unknown>) => Promise<unknown>
  onError: (error: unknown) => void
}): Promise<void> {
  const batches = init.store.replayParams(init.batchSize)
  const gapMs = 1000 / init.messagesPerSecond
  for (const [index, params] of batches.entries()) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, gapMs))
    if (!init.isOpen()) return
    init.subscribe(params).catch(init.onError)
  }
}
