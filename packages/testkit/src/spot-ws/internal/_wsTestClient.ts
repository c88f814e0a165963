import WebSocket from 'ws'

/** A tiny raw `ws` client for the simulator's own tests: keeps every frame's text and waits for matching ones. */
export type WsTestClient = {
  socket: WebSocket
  frames: string[]
  send(message: unknown): void
  /** Resolves with the first frame (from `from` on) whose parsed value passes `predicate`. */
  waitFor(
    predicate: (message: Record<string, unknown>, text: string) => boolean,
    from?: number,
  ): Promise<Record<string, unknown>>
  closed: Promise<{ code: number }>
  close(): Promise<void>
}

export async function _wsTestClient(url: string): Promise<WsTestClient> {
  const socket = new WebSocket(url)
  const frames: string[] = []
  const waiters = new Set<() => void>()
  socket.on('message', (data) => {
    frames.push(data.toString())
    for (const waiter of waiters) waiter()
  })
  const closed = new Promise<{ code: number }>((resolve) => socket.on('close', (code) => resolve({ code })))
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return {
    socket,
    frames,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    waitFor(predicate, from = 0) {
      return new Promise((resolve, reject) => {
        let index = from
        const check = () => {
          for (; index < frames.length; index++) {
            const text = frames[index]!
            const message = JSON.parse(text) as Record<string, unknown>
            if (predicate(message, text)) {
              waiters.delete(check)
              clearTimeout(timer)
              resolve(message)
              return
            }
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no matching frame after ${frames.length} frames`))
        }, 10_000)
        waiters.add(check)
        check()
      })
    },
    closed,
    async close() {
      if (socket.readyState === socket.CLOSED) return
      socket.close()
      await closed
    },
  }
}
