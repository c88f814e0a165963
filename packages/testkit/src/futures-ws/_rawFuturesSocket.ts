import { WebSocket } from 'ws'

/** A raw `ws` client for the Futures WS tests: records every frame, waits for the one that matches. */
export type RawFuturesSocket = {
  socket: WebSocket
  messages: Array<Record<string, unknown>>
  send(message: unknown): void
  sendText(text: string): void
  /** Resolves with the first message after `from` (index) that matches; rejects after `timeoutMs`. */
  next(
    predicate: (message: Record<string, unknown>) => boolean,
    timeoutMs?: number,
    from?: number,
  ): Promise<Record<string, unknown>>
  closed: Promise<{ code: number; reason: string }>
  close(): Promise<void>
}

export async function _rawFuturesSocket(url: string): Promise<RawFuturesSocket> {
  const socket = new WebSocket(url)
  const messages: Array<Record<string, unknown>> = []
  const waiters = new Set<() => void>()
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as Record<string, unknown>)
    for (const waiter of [...waiters]) waiter()
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => {
      resolve({ code, reason: String(reason) })
      for (const waiter of [...waiters]) waiter()
    })
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return {
    socket,
    messages,
    closed,
    send: (message) => socket.send(JSON.stringify(message)),
    sendText: (text) => socket.send(text),
    next(predicate, timeoutMs = 5000, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.slice(from).find(predicate)
          if (found) {
            done()
            resolve(found)
          } else if (socket.readyState === socket.CLOSED) {
            done()
            reject(new Error(`socket closed before a matching message; got ${JSON.stringify(messages.slice(-3))}`))
          }
        }
        const timer = setTimeout(() => {
          done()
          reject(new Error(`no matching message within ${timeoutMs} ms; last: ${JSON.stringify(messages.slice(-3))}`))
        }, timeoutMs)
        const done = () => {
          clearTimeout(timer)
          waiters.delete(check)
        }
        waiters.add(check)
        check()
      })
    },
    async close() {
      if (socket.readyState !== socket.CLOSED) {
        socket.close()
        await closed
      }
    },
  }
}
