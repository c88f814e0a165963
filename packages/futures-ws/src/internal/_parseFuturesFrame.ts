import { KrakenError } from '@k/errors'
import type { FuturesWsMessage } from '../messages/FuturesWsMessage.js'

/**
 * Decodes and parses one frame. A frame that is not JSON, or JSON that is not an object, is reported to `onError`
 * as a `protocol` KrakenError and gives `undefined` (the frame is skipped).
 */
export function _parseFuturesFrame(
  data: unknown,
  onError: (error: KrakenError) => void,
): { message: FuturesWsMessage; text: string } | undefined {
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data as ArrayBuffer)
  let message: FuturesWsMessage
  try {
    message = JSON.parse(text) as FuturesWsMessage
  } catch (error) {
    onError(
      new KrakenError('Kraken sent a frame that is not JSON.', {
        code: 'EProtocol',
        category: 'protocol',
        details: { endpoint: 'ws message', body: text.slice(0, 200) },
        cause: error,
      }),
    )
    return undefined
  }
  // JSON that is not an object (`0`, `null`, `"text"`, `[…]`) is no Kraken message; `'event' in 0` would throw
  // inside the socket's message handler, i.e. an uncaught exception.
  const value: unknown = message
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    onError(
      new KrakenError('Kraken sent a frame that is not a JSON object.', {
        code: 'EProtocol',
        category: 'protocol',
        details: { endpoint: 'ws message', body: text.slice(0, 200) },
      }),
    )
    return undefined
  }
  return { message, text }
}
