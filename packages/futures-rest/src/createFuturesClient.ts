import { FuturesClient } from './FuturesClient.js'
import type { FuturesClientOptions } from './types.js'

/**
 * Creates a {@link FuturesClient} (viem-style factory): pass it to any action (`getTickers(client)`).
 *
 * - Kraken: https://docs.kraken.com/api/docs/guides/futures-rest
 * - Python: `kraken.futures.Market(key, secret, sandbox=False)`
 *
 * @example
 * import { createFuturesClient, getTickers } from '@k/futures-rest'
 * const client = createFuturesClient({ baseUrl: 'http://127.0.0.1:8080' })
 * const { tickers } = await getTickers(client)
 */
/* @__NO_SIDE_EFFECTS__ */
export function createFuturesClient(options: FuturesClientOptions = {}): FuturesClient {
  return new FuturesClient(options)
}
