/**
 * The browser bundle of @k's public market data (`dist/k.esm.js`, `dist/k.iife.js` → `globalThis.Kraken`):
 * Spot REST public endpoints, the Spot WebSocket v2 client and the self-healing order book. Built by
 * `scripts/buildBundle.ts`; the size budget (≤ 15 KB gzip) is enforced there and in `bundle/buildBrowserBundle.test.ts`.
 *
 * @example
 * <script src="https://cdn.example/k.iife.js"></script>
 * <script>
 *   const books = new Kraken.SpotOrderBookClient({ depth: 10, pairs: ['BTC/USD'] })
 *   books.on('update', (pair, book) => console.log(pair, book.bestBid(), book.bestAsk()))
 *   books.connect()
 * </script>
 */

// Order books with CRC32 verification and resync.
export { OrderBook, type OrderBookOptions, SpotOrderBookClient, type SpotOrderBookClientOptions } from '@k/orderbook'
// Spot REST, public market data (the actions and the python-style namespace).
export {
  type AssetPair,
  createSpotClient,
  type GetAssetPairsParameters,
  type GetAssetPairsReturnType,
  type GetAssetsParameters,
  type GetAssetsReturnType,
  type GetOhlcParameters,
  type GetOhlcReturnType,
  type GetOrderBookParameters,
  type GetOrderBookReturnType,
  type GetRecentSpreadsParameters,
  type GetRecentSpreadsReturnType,
  type GetRecentTradesParameters,
  type GetRecentTradesReturnType,
  type GetServerTimeReturnType,
  type GetSystemStatusReturnType,
  type GetTickerParameters,
  type GetTickerReturnType,
  getAssetPairs,
  getAssets,
  getOhlc,
  getOrderBook,
  getRecentSpreads,
  getRecentTrades,
  getServerTime,
  getSystemStatus,
  getTicker,
  Market,
  SPOT_REST_URL,
  SpotClient,
  type TickerInfo,
} from '@k/spot-rest'
// Spot WebSocket v2 (public channels: ticker, book, trade, ohlc, instrument).
export {
  type BookData,
  type OhlcData,
  SPOT_WS_URL,
  SpotWsClient,
  type SpotWsClientOptions,
  type SpotWsMessage,
  type TickerData,
  type TradeData,
} from '@k/spot-ws'
// Errors (every failure is a KrakenError).
// @k/errors is not a dependency of this private app: its source is bundled through @k/spot-rest and friends.
export { isKrakenError, KrakenError, KrakenValidationError } from '../../../packages/errors/src/index.js'
