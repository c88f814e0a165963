import { Trader } from './Trader.js'
import type { TraderOptions } from './types.js'

/**
 * Creates a {@link Trader}: seed 004's `ctx.kraken` in camelCase — market data, account and orders on Kraken Spot,
 * WebSocket first (after `connect()`) with REST fallback. Nothing is opened until `connect()`; without it (or with
 * `ws: false`) every call goes over REST.
 *
 * - Kraken: https://docs.kraken.com/api/docs/websocket-v2/add_order
 * - Python: none (seed 004 `ctx.kraken`)
 *
 * @example
 * import { createTrader } from '@k/trader'
 * const trader = createTrader({ key: process.env.KRAKEN_KEY, secret: process.env.KRAKEN_SECRET })
 * await trader.connect()
 * const status = await trader.getSystemStatus()
 * if (status.status === 'online') await trader.placeOrder('XBTUSD', 'buy', '0.001', 'market')
 * await trader.close()
 */
export function createTrader(options: TraderOptions = {}): Trader {
  return new Trader(options)
}
