import { type KrakenError, KrakenRateLimitExceededError } from '@k/errors'
import type { SpotWsMessage } from '../types/SpotWsMessage.js'
import type { WsConnectionName } from '../types/WsConnectionName.js'
import { _malformedFrameError } from './_clientErrors.js'
import { _decimalsAsStrings } from './_decimalsAsStrings.js'
import type { _SpotWsContext } from './_SpotWsContext.js'

/** Where {@link _routeFrame} delivers a parsed frame besides the client's events. */
export type _FrameTargets = {
  /** `raw` listeners are asked first: the raw event is only emitted when someone listens. */
  hasRawListener(): boolean
  /** A method answer (acks, trading results): subscription bookkeeping and `req_id` matching. */
  onAnswer(message: Record<string, unknown>, name: WsConnectionName): void
  /** The client's overridable `onMessage` (python `on_message`). */
  onMessage(message: SpotWsMessage, raw: string, name: WsConnectionName): void | Promise<void>
  /** The open `stream()` iterators. */
  deliver(message: Record<string, unknown>): void
}

/**
 * Routes one text frame: `raw` event, parse (decimals kept as text unless `decimals: 'number'`), malformed frames
 * and Kraken's `{"Error": …}` rate answer as `error` events, method answers to {@link _FrameTargets.onAnswer}, then
 * `onMessage`, the `message` event and the streams, in that order. Nothing here throws into the socket loop.
 */
export function _routeFrame(ctx: _SpotWsContext, targets: _FrameTargets, text: string, name: WsConnectionName): void {
  if (targets.hasRawListener()) ctx.emit('raw', text, name)
  let message: Record<string, unknown>
  try {
    message = JSON.parse(ctx.options.decimals === 'number' ? text : _decimalsAsStrings(text))
  } catch (error) {
    ctx.emit('error', _malformedFrameError('Kraken sent a frame that is not JSON; it was skipped.', text, error))
    return
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    ctx.emit('error', _malformedFrameError('Kraken sent a frame that is not a JSON object; it was skipped.', text))
    return
  }
  if (typeof message.Error === 'string') {
    // Kraken's msg-rate answer has no req_id, so it cannot be matched to a request.
    ctx.emit(
      'error',
      new KrakenRateLimitExceededError(`Kraken: ${message.Error} on the ${name} connection.`, {
        code: message.Error,
        category: 'rate_limit',
        retryable: true,
        details: { body: message },
      }),
    )
  }
  if (typeof message.method === 'string') targets.onAnswer(message, name)
  try {
    const result = targets.onMessage(message as SpotWsMessage, text, name)
    if (result && typeof (result as Promise<void>).then === 'function') {
      ;(result as Promise<void>).catch((error: unknown) => ctx.emit('error', error as KrakenError))
    }
  } catch (error) {
    ctx.emit('error', error as KrakenError)
  }
  ctx.emit('message', message as SpotWsMessage, text, name)
  targets.deliver(message)
}
