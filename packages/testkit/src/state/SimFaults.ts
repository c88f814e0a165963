/**
 * Faults the simulator injects on demand: globally (options / `POST /__sim/faults`) or per WebSocket connection
 * (the same keys as query parameters on the connection URL, e.g. `?dropEveryN=500`). `0`/absent means off.
 */
export type SimFaults = {
  /** WS: close the connection (code 1006-like abrupt terminate) after every N messages sent to it. */
  dropEveryN?: number
  /** WS: write a wrong checksum into every Nth book message. */
  corruptChecksumEveryN?: number
  /** Futures WS: skip one `seq` number every N book messages. */
  skipFuturesSeqEveryN?: number
  /** REST and WS: delay every response by this many milliseconds. */
  delayMs?: number
  /** REST: answer every request with this Kraken error (`'EService:Unavailable'`, `'EService: Throttled: <ts>'`) … */
  restError?: string
  /** … or with this HTTP status (e.g. 502) and an HTML body, like Cloudflare does. */
  httpStatus?: number
  /** Orders (REST AddOrder/AddOrderBatch/EditOrder, WS add_order/batch_add): accept the next N, then drop the response (socket destroyed / no WS answer). */
  dropOrderResponses?: number
  /** WS: close with code 1008 (policy violation, terminal) after N messages. */
  close1008AfterN?: number
  /** WS: answer every Nth client message with `{"Error":"Exceeded msg rate"}`. */
  msgRateErrorEveryN?: number
}
