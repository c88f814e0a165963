import { KrakenError } from '@k/errors'
import type { WsConnectionName } from '../types/WsConnectionName.js'

/** The client has no such connection (not connected, `noPublic`, or no credentials). */
export function _noConnectionError(name: WsConnectionName): KrakenError {
  return new KrakenError(
    `There is no ${name} WebSocket connection (call connect() first${name === 'private' ? ', with key and secret' : ''}).`,
    { code: 'EWs:NotConnected', category: 'client', retryable: false, details: { sent: 'no' } },
  )
}

/** A frame that is not a JSON object: reported as an `error` event, then skipped. */
export function _malformedFrameError(shortMessage: string, text: string, cause?: unknown): KrakenError {
  return new KrakenError(shortMessage, {
    code: 'EWs:MalformedFrame',
    category: 'protocol',
    retryable: false,
    details: { body: text.length > 200 ? `${text.slice(0, 200)}…` : text },
    cause,
  })
}
