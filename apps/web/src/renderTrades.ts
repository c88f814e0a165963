/** A trade as shown: Kraken's WS v2 `trade` fields (decimal text) or a REST `Trades` row mapped to them. */
export type PageTrade = {
  readonly price: string
  readonly qty: string
  readonly side: string
  readonly timestamp: string
}

const MAX_ROWS = 30

/**
 * Prepends trades (newest first) to the recent-trades table, keeping the newest {@link MAX_ROWS}, and records the
 * row count in `data-count`.
 *
 * @example
 * renderTrades(document.querySelector('#trades')!, [{ price: '95000.1', qty: '0.01', side: 'buy', timestamp: '…' }])
 */
export function renderTrades(body: HTMLElement, trades: readonly PageTrade[]): void {
  const rows = [...trades].reverse().map((trade) => {
    const tr = document.createElement('tr')
    tr.className = trade.side
    const time = new Date(trade.timestamp)
    for (const text of [Number.isNaN(time.getTime()) ? '' : time.toLocaleTimeString(), trade.price, trade.qty]) {
      const td = document.createElement('td')
      td.textContent = text
      tr.append(td)
    }
    return tr
  })
  body.prepend(...rows)
  while (body.children.length > MAX_ROWS) body.lastElementChild?.remove()
  body.dataset.count = String(body.children.length)
}
