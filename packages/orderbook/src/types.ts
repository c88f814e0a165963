/**
 * One price level as Kraken's WS v2 `book` channel sends it. `price`/`qty` are either the numbers' original text
 * (from {@link parseBookFrame}, exact) or parsed numbers (then give the book `pricePrecision`/`qtyPrecision`, because
 * `JSON.parse` turned `0.10000000` into `0.1` and the checksum needs the trailing zeros back).
 */
export type BookLevelInput = { readonly price: string | number; readonly qty: string | number }

/**
 * The `data[0]` object of a WS v2 `book` message (snapshot or update).
 * @see https://docs.kraken.com/api/docs/websocket-v2/book
 */
export type BookData = {
  readonly symbol?: string | undefined
  readonly bids?: readonly BookLevelInput[] | undefined
  readonly asks?: readonly BookLevelInput[] | undefined
  /** CRC32 (uint32) of the top 10 levels per side after this message was applied. */
  readonly checksum?: number | undefined
  readonly timestamp?: string | undefined
}

/** A whole WS v2 `book` message: `{ channel: 'book', type, data: [BookData] }`. */
export type BookMessage = {
  readonly channel: 'book'
  readonly type: 'snapshot' | 'update'
  readonly data: readonly BookData[]
}

/** A book level as returned by the book: `[price, qty]`, both exact decimal strings. */
export type BookLevel = readonly [price: string, qty: string]
