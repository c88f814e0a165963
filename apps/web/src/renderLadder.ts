/** One side of the book as the bundle's `OrderBook.bids(n)` / `asks(n)` return it: `[price, qty]` text pairs. */
type Levels = ReadonlyArray<readonly [price: string, qty: string]>

/**
 * Draws the order-book ladder: asks above (best ask next to the spread), bids below, each row with its cumulative
 * quantity and a depth bar. Prices and quantities are shown as Kraken sent them (decimal text).
 *
 * @example
 * renderLadder(document.querySelector('#asks')!, document.querySelector('#bids')!, book.asks(10), book.bids(10))
 */
export function renderLadder(asksBody: HTMLElement, bidsBody: HTMLElement, asks: Levels, bids: Levels): void {
  const asksTotals = totals(asks)
  const bidsTotals = totals(bids)
  const max = Math.max(asksTotals.at(-1) ?? 0, bidsTotals.at(-1) ?? 0) || 1
  asksBody.replaceChildren(
    ...asks.map((level, index) => row(level, asksTotals[index] ?? 0, max, '#ff6b6b33')).reverse(),
  )
  bidsBody.replaceChildren(...bids.map((level, index) => row(level, bidsTotals[index] ?? 0, max, '#3ecf8e33')))
}

function totals(levels: Levels): number[] {
  let sum = 0
  return levels.map(([, qty]) => {
    sum += Number(qty)
    return sum
  })
}

function row([price, qty]: readonly [string, string], total: number, max: number, color: string): HTMLTableRowElement {
  const tr = document.createElement('tr')
  for (const text of [price, qty, total.toFixed(4)]) {
    const td = document.createElement('td')
    td.textContent = text
    tr.append(td)
  }
  const width = Math.round((total / max) * 100)
  tr.style.backgroundImage = `linear-gradient(to left, ${color} ${width}%, transparent ${width}%)`
  return tr
}
