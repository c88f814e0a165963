import { KrakenError, KrakenMaxReconnectError } from '@k/errors'
import { _backoffDelay } from './_backoffDelay.js'
import type { _FuturesWsState } from './_FuturesWsState.js'
import { _notConnected } from './_wsErrors.js'

/**
 * The current socket closed: stop keepalive and pacing, fail the challenge, emit `close`, then (unless the client
 * was closed) either stop for good via `fail` (close code 1008, too many attempts) or schedule `reopen` after a
 * jittered backoff, remembering the subscriptions to replay.
 */
export function _onFuturesSocketClosed(
  state: _FuturesWsState,
  generation: number,
  code: number,
  reason: string,
  hooks: { fail(error: KrakenError): void; reopen(): void },
): void {
  if (generation !== state.generation) return
  state.keepalive.stop()
  state.pacer.clear()
  state.challenge?.reset(_notConnected('ws challenge', 'connection closed'))
  state.challenge = undefined
  state.socket = undefined
  state.emit('close', { code, reason })
  if (state.status === 'closed') return
  if (code === 1008) {
    // 1008 (policy violation) is Kraken refusing this client: reconnecting would only repeat it.
    hooks.fail(
      new KrakenError('Kraken closed the connection with code 1008 (policy violation); not reconnecting.', {
        code: 'EWsPolicyViolation',
        category: 'client',
        details: { endpoint: 'ws close', status: 1008, body: reason },
      }),
    )
    return
  }
  const replay = state.registry.onDisconnect()
  if (replay.length > 0) state.replay = replay
  state.attempt += 1
  if (state.attempt > state.options.maxReconnects) {
    hooks.fail(
      new KrakenMaxReconnectError(`Gave up after ${state.options.maxReconnects} reconnect attempts.`, {
        details: { endpoint: 'ws connect' },
      }),
    )
    return
  }
  const delayMs = _backoffDelay(state.attempt, state.options.initialBackoff, state.options.maxBackoff)
  state.status = 'reconnecting'
  state.emit('reconnecting', { attempt: state.attempt, delayMs })
  state.reconnectTimer = setTimeout(() => state.status === 'reconnecting' && hooks.reopen(), delayMs)
}
