import type { WebSocket } from 'ws'
import type { SimFaults } from '../../state/SimFaults.js'
import { _rawJson } from './_rawJson.js'
import type { SimSubscription } from './_SimSubscription.js'
import type { SpotWsHub } from './_SpotWsHub.js'
import { _wsTime } from './_wsTime.js'

/** Which endpoint a connection came in on. */
export type SessionEndpoint = { isPrivate: boolean; isUnified: boolean }

/** Envelope fields of every answer to a client request. */
export type SimRequestContext = { method: string; reqId: unknown; timeIn: string }

/**
 * One WebSocket connection to the Spot WS v2 (or Unified) endpoints: its subscriptions, its message counters and the
 * per-connection faults (drop after N, 1008 after N, delayed answers, corrupted checksums, msg-rate errors).
 */
export class SpotWsSession {
  readonly subscriptions = new Map<string, SimSubscription>()
  /** The account behind the first valid token used on this connection (executions/balances). */
  key: string | undefined
  sent = 0
  received = 0
  bookMessages = 0
  sequence = 0
  closed = false

  constructor(
    readonly socket: WebSocket,
    readonly hub: SpotWsHub,
    readonly endpoint: SessionEndpoint,
    readonly faults: SimFaults,
  ) {}

  /** Sends one frame and applies the drop/1008 faults, which count every frame sent on the connection. */
  send(text: string): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return
    this.socket.send(text)
    this.sent++
    const { dropEveryN, close1008AfterN } = this.faults
    if (dropEveryN && this.sent >= dropEveryN) {
      this.closed = true
      this.socket.terminate()
    } else if (close1008AfterN && this.sent >= close1008AfterN) {
      this.closed = true
      this.socket.close(1008, 'Policy violation')
    }
  }

  /** Sends an answer to a request, after `delayMs` when that fault is set. */
  reply(text: string): void {
    const delay = this.faults.delayMs ?? this.hub.state.faults.delayMs
    if (delay) setTimeout(() => this.send(text), delay).unref?.()
    else this.send(text)
  }

  /** `{ method, req_id?, result, success: true, time_in, time_out }` in Kraken's key order. */
  success(context: SimRequestContext, result: unknown, extra: Record<string, unknown> = {}): void {
    this.reply(
      _rawJson({
        method: context.method,
        ...(context.reqId === undefined ? {} : { req_id: context.reqId }),
        ...(result === undefined ? {} : { result }),
        ...extra,
        success: true,
        time_in: context.timeIn,
        time_out: _wsTime(),
      }),
    )
  }

  /** `{ error, method, req_id?, success: false, time_in, time_out }` with Kraken's error string. */
  failure(context: SimRequestContext, error: string, extra: Record<string, unknown> = {}): void {
    this.reply(
      JSON.stringify({
        error,
        ...(context.method ? { method: context.method } : {}),
        ...(context.reqId === undefined ? {} : { req_id: context.reqId }),
        ...extra,
        success: false,
        time_in: context.timeIn,
        time_out: _wsTime(),
      }),
    )
  }

  /** The per-book-message counter behind `corruptChecksumEveryN`: true when this message must carry a wrong sum. */
  nextBookIsCorrupt(): boolean {
    this.bookMessages++
    const every = this.faults.corruptChecksumEveryN
    return Boolean(every && this.bookMessages % every === 0)
  }
}
