/** What the live book screen shows: levels best first as `[price, qty]` text, and the checksum state. */
export type BookView = {
  symbol: string
  depth: number
  bids: ReadonlyArray<readonly [string, string]>
  asks: ReadonlyArray<readonly [string, string]>
  valid: boolean
  checksum: number | undefined
  updates: number
  mismatches: number
}

/**
 * The live book screen: a header with the checksum state, then bids and asks side by side, best first.
 *
 * @example
 * process.stdout.write('\x1b[H\x1b[2J' + renderBook(state, { color: true }))
 */
export function renderBook(state: BookView, options: { color?: boolean; rows?: number; footer?: string } = {}): string {
  const paint = (code: number, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text)
  const checksum =
    state.checksum === undefined
      ? 'checksum: waiting'
      : state.valid
        ? paint(32, `checksum OK ${state.checksum}`)
        : paint(31, `checksum MISMATCH ${state.checksum} (resyncing)`)
  const count = Math.min(options.rows ?? state.depth, Math.max(state.bids.length, state.asks.length))
  const width = Math.max(10, ...[...state.bids, ...state.asks].flatMap(([price, qty]) => [price.length, qty.length]))
  const cell = (text: string | undefined) => (text ?? '').padStart(width)
  const lines = [
    `${state.symbol}  depth ${state.depth}  ${checksum}  updates ${state.updates}${state.mismatches ? `  mismatches ${state.mismatches}` : ''}`,
    '',
    `${cell('BID QTY')} ${cell('BID')}  │ ${cell('ASK').trimStart().padEnd(width)} ${cell('ASK QTY')}`,
  ]
  for (let index = 0; index < count; index++) {
    const bid = state.bids[index]
    const ask = state.asks[index]
    lines.push(
      `${cell(bid?.[1])} ${paint(32, cell(bid?.[0]))}  │ ${paint(31, (ask?.[0] ?? '').padEnd(width))} ${cell(ask?.[1])}`,
    )
  }
  if (options.footer) lines.push('', options.footer)
  return `${lines.join('\n')}\n`
}
