import { KrakenError } from '@k/errors'
import type { CommandContext } from '../types.js'

/** One WebSocket text frame: the exact text (for NDJSON and checksums) and its parsed JSON. */
export type WsFrame = { text: string; json: Record<string, unknown> }

/** An open WebSocket: send JSON, iterate frames, close. */
export type WsSession = {
  send(message: unknown): void
  /** Frames in arrival order; ends when the socket closes or the context is aborted. */
  frames(): AsyncGenerator<WsFrame>
  close(): void
}

/**
 * Opens a WebSocket (the `ws` package: Node 20 has no global WebSocket) and queues its text frames. Connection
 * failures are KrakenError `network` (exit 4).
 */
export async function _wsSession(context: CommandContext, url: string): Promise<WsSession> {
  const { default: WebSocket } = await import('ws')
  context.log(`> WS ${url}`)
  const socket = new WebSocket(url, { handshakeTimeout: context.timeoutMs })
  const queue: WsFrame[] = []
  let wake: (() => void) | undefined
  let ended = false
  let failure: unknown
  const notify = () => {
    wake?.()
    wake = undefined
  }
  socket.on('message', (data) => {
    const text = String(data)
    try {
      queue.push({ text, json: JSON.parse(text) as Record<string, unknown> })
    } catch (cause) {
      failure = new KrakenError('The WebSocket sent a frame that is not JSON.', {
        code: 'EProtocol:Invalid JSON',
        category: 'protocol',
        retryable: false,
        details: { body: text.slice(0, 200) },
        cause,
      })
    }
    notify()
  })
  socket.on('close', (code, reason) => {
    context.log(`< WS closed ${code} ${String(reason)}`)
    ended = true
    notify()
  })
  const onAbort = () => socket.close()
  context.signal.addEventListener('abort', onAbort, { once: true })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', (error) =>
      reject(
        new KrakenError(`Could not open ${new URL(url).origin} WebSocket.`, {
          code: (error as { code?: string }).code ?? 'ENETWORK',
          category: 'network',
          retryable: true,
          details: { endpoint: `WS ${new URL(url).pathname}`, sent: 'no' },
          cause: error,
        }),
      ),
    )
  })
  socket.on('error', (error) => {
    failure ??= new KrakenError('The WebSocket failed.', {
      code: 'ENETWORK',
      category: 'network',
      retryable: true,
      cause: error,
    })
    notify()
  })
  return {
    send: (message) => socket.send(JSON.stringify(message)),
    async *frames() {
      while (true) {
        if (failure) throw failure
        const frame = queue.shift()
        if (frame) {
          yield frame
          continue
        }
        if (ended || context.signal.aborted) return
        await new Promise<void>((resolve) => {
          wake = resolve
        })
      }
    },
    close() {
      context.signal.removeEventListener('abort', onAbort)
      socket.close()
    },
  }
}
