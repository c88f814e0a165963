import type { SimState } from '../state/SimState.js'
import type { SimWsHandler } from '../types.js'
import { _engine } from './_engine.js'
import { _FuturesWsSession } from './_FuturesWsSession.js'

/**
 * Futures WS v1 (`/ws/v1`, Kraken: wss://futures.kraken.com/ws/v1): `info` on connect, challenge/response auth
 * (private requests verified with the account's `futuresSecret`), public feeds ticker, ticker_lite, book
 * (book_snapshot then deltas with `seq`), trade (trade_snapshot then trades), heartbeat, and private feeds
 * open_orders (+verbose), fills, open_positions, balances, deposits_withdrawals, account_balances_and_margins,
 * account_log, notifications_auth, fed by the same futures engine as the Futures REST routes. Faults per
 * connection (URL query) or global: `dropEveryN`, `skipFuturesSeqEveryN`, `delayMs`, `close1008AfterN`.
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/futures-websockets
 *
 * @example
 * const sim = await startSimulator()
 * const socket = new WebSocket(`${sim.futuresWsUrl}?skipFuturesSeqEveryN=50`)
 */
export function createFuturesWsHandler(state: SimState): SimWsHandler {
  return (socket, _request, faults) => {
    new _FuturesWsSession(state, _engine(state), socket, faults)
  }
}
