import type { FuturesWsClient } from '../FuturesWsClient.js'
import type { FuturesWsMessage } from '../messages/FuturesWsMessage.js'

/** Test helper: records a client's messages and waits (bounded) for one that matches. */
export function _collect(client: FuturesWsClient) {
  const messages: Array<{ message: FuturesWsMessage; raw: string }> = []
  const waiters = new Set<() => void>()
  client.on('message', (message, raw) => {
    messages.push({ message, raw })
    for (const waiter of [...waiters]) waiter()
  })
  const next = <T extends FuturesWsMessage>(
    predicate: (message: FuturesWsMessage) => boolean,
    timeoutMs = 5000,
    from = 0,
  ): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.slice(from).find((entry) => predicate(entry.message))
        if (!found) return
        clearTimeout(timer)
        waiters.delete(check)
        resolve(found.message as T)
      }
      const timer = setTimeout(() => {
        waiters.delete(check)
        reject(new Error(`no matching message within ${timeoutMs} ms (${messages.length} received)`))
      }, timeoutMs)
      waiters.add(check)
      check()
    })
  return { messages, next }
}

/** A data message of `feed` (acks carry `feed` too, but also `event`). */
export const isFeed =
  (feed: string, productId?: string) =>
  (message: FuturesWsMessage): boolean =>
    'feed' in message &&
    !('event' in message) &&
    message.feed === feed &&
    (productId === undefined || (message as { product_id?: string }).product_id === productId)
