/** Injected by tsup (and vitest): "<package>@<version>", shown in error messages. */
declare const __K_VERSION__: string

export { bookChecksum } from './bookChecksum.js'
export { checksumText } from './checksumText.js'
export {
  type FuturesBookDelta,
  type FuturesBookSnapshot,
  FuturesOrderBook,
  type FuturesOrderBookOptions,
} from './FuturesOrderBook.js'
export {
  FuturesOrderBookClient,
  type FuturesOrderBookClientEvents,
  type FuturesOrderBookClientOptions,
} from './FuturesOrderBookClient.js'
export { OrderBook, type OrderBookOptions } from './OrderBook.js'
export { parseBookFrame } from './parseBookFrame.js'
export {
  BOOK_DEPTHS,
  type BookUpdateMessage,
  SpotOrderBookClient,
  type SpotOrderBookClientEvents,
  type SpotOrderBookClientOptions,
} from './SpotOrderBookClient.js'
export type { BookData, BookLevel, BookLevelInput, BookMessage } from './types.js'
