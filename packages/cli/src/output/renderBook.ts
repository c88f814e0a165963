import type { BookState } from '../internal/_bookState.js'

/**
 * The live book screen: a header with the checksum state, then bids and asks side by side, best first.
 *
 * @example
 * process.stdout.write('\x1b[H\x1b[2J' + renderBook(state, { color: true }))
 */
export function renderBook(
  state: BookState,
  options: { color?: boolean; rows?: number; footer?: string } = {},
): string {
  const paint = (code: number, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text)
  const checksum =
    state.checksum === undefined
      ? 'checksum: waiting'
      : state.valid
        ? paint(32, `checksum OK ${state.checksum}`)
        : paint(31, `checksum MISMATCH ${state.checksum} (resyncing)`)
  const count = Math.min(options.rows ?? state.depth, Math.max(state.bids.length, state.asks.length))
  const width = Math.max(
    10,
    ...[...state.bids, ...state.asks].flatMap((level) => [level.price.length, level.qty.length]),
  )
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
      `${cell(bid?.qty)} ${paint(32, cell(bid?.price))}  │ ${paint(31, (ask?.price ?? '').padEnd(width))} ${cell(ask?.qty)}`,
    )
  }
  if (options.footer) lines.push('', options.footer)
  return `${lines.join('\n')}\n`
}
