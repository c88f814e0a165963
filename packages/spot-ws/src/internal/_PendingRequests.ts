import { KrakenNetworkError, KrakenTimeoutError, toKrakenError } from '@k/errors'
import type { MethodResponse } from '../types/SpotWsMessage.js'
import type { WsConnectionName } from '../types/WsConnectionName.js'

type Entry = {
  method: string
  connection: WsConnectionName
  expected: number
  responses: Array<Record<string, unknown>>
  isTrading: boolean
  timer: ReturnType<typeof setTimeout>
  resolve: (responses: MethodResponse[]) => void
  reject: (error: unknown) => void
}

/**
 * Requests waiting for their answers, matched by `req_id`. Some requests get several answers with the same
 * `req_id` (one subscribe ack per symbol; one `cancel_order` answer per order), so each entry waits for `expected`.
 */
export class _PendingRequests {
  readonly #entries = new Map<number, Entry>()

  get size(): number {
    return this.#entries.size
  }

  has(reqId: number): boolean {
    return this.#entries.has(reqId)
  }

  add(
    reqId: number,
    init: { method: string; connection: WsConnectionName; expected: number; isTrading: boolean; timeoutMs: number },
  ): Promise<MethodResponse[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#entries.delete(reqId)
        reject(
          init.isTrading
            ? new KrakenTimeoutError(
                `No answer to ${init.method} within ${init.timeoutMs} ms; the outcome is unknown (the request may have reached Kraken). Check open orders / executions (by cl_ord_id or order_userref) before retrying.`,
                { code: 'ETimeout', retryable: false, details: { endpoint: `ws ${init.method}`, sent: 'maybe' } },
              )
            : new KrakenTimeoutError(`No answer to ${init.method} within ${init.timeoutMs} ms.`, {
                code: 'ETimeout',
                retryable: true,
                details: { endpoint: `ws ${init.method}`, sent: 'maybe' },
              }),
        )
      }, init.timeoutMs)
      ;(timer as { unref?: () => void }).unref?.()
      this.#entries.set(reqId, { ...init, responses: [], timer, resolve, reject })
    })
  }

  /** Forgets a request that could not be sent (its promise stays pending; the caller reports the send error). */
  cancel(reqId: number): void {
    const entry = this.#entries.get(reqId)
    if (!entry) return
    clearTimeout(entry.timer)
    this.#entries.delete(reqId)
  }

  /** Takes an answer; true when it belonged to a pending request. */
  handle(message: Record<string, unknown>): boolean {
    const reqId = message.req_id
    if (typeof reqId !== 'number') return false
    const entry = this.#entries.get(reqId)
    if (!entry) return false
    entry.responses.push(message)
    if (entry.responses.length < entry.expected) return true
    clearTimeout(entry.timer)
    this.#entries.delete(reqId)
    const failed = entry.responses.find((response) => response.success === false)
    if (failed) {
      entry.reject(
        toKrakenError(String(failed.error ?? 'EGeneral:Unknown error'), {
          endpoint: `ws ${entry.method}`,
          sent: 'yes',
          body: entry.responses.length === 1 ? failed : entry.responses,
        }),
      )
    } else entry.resolve(entry.responses as MethodResponse[])
    return true
  }

  /** Fails every request of a connection that went down. Trading requests may have reached Kraken. */
  failConnection(connection: WsConnectionName, reason: string): void {
    for (const [reqId, entry] of this.#entries) {
      if (entry.connection !== connection) continue
      clearTimeout(entry.timer)
      this.#entries.delete(reqId)
      entry.reject(
        new KrakenNetworkError(
          entry.isTrading
            ? `The ${connection} WebSocket closed (${reason}) before ${entry.method} was answered; the outcome is unknown and the request is not re-sent. Check open orders / executions before retrying.`
            : `The ${connection} WebSocket closed (${reason}) before ${entry.method} was answered.`,
          {
            code: 'EWs:ConnectionLost',
            retryable: !entry.isTrading,
            details: { endpoint: `ws ${entry.method}`, sent: 'maybe' },
          },
        ),
      )
    }
  }
}
