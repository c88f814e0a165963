/** One acknowledged subscription: the ack's `result` (python's view) and the params to replay it with. */
type Stored = { result: Record<string, unknown>; params: Record<string, unknown> }

const SYMBOL_CHANNELS = new Set(['book', 'ticker', 'ohlc', 'trade', 'level3'])

/**
 * Subscriptions confirmed by Kraken on one connection, keyed by channel and symbol. Filled from successful
 * subscribe acks (python-kraken-sdk's rule: `symbol` as a list, `maxratecount` and `warnings` dropped), emptied by
 * unsubscribe acks, and replayed after a reconnect with the symbols of equal subscriptions batched per message.
 */
export class _SubscriptionStore {
  readonly #entries = new Map<string, Stored>()

  /** Records an ack; `requested` are the params sent (token removed) when the request is known. */
  onAck(message: Record<string, unknown>, requested: Record<string, unknown> | undefined): void {
    if (message.success !== true || typeof message.result !== 'object' || message.result === null) return
    const { warnings: _warnings, maxratecount: _max, ...result } = message.result as Record<string, unknown>
    const symbol = typeof result.symbol === 'string' ? result.symbol : undefined
    const key = `${String(result.channel)}|${symbol ?? ''}`
    if (message.method === 'unsubscribe') {
      this.#entries.delete(key)
      return
    }
    if (symbol !== undefined && SYMBOL_CHANNELS.has(String(result.channel))) result.symbol = [symbol]
    const { token: _token, ...base } = requested ?? result
    const params = symbol === undefined ? base : { ...base, symbol: [symbol] }
    this.#entries.set(key, { result, params })
  }

  clear(): void {
    this.#entries.clear()
  }

  get size(): number {
    return this.#entries.size
  }

  /** Deep copies of the ack results (python `active_*_subscriptions`). */
  list(): Array<Record<string, unknown>> {
    return [...this.#entries.values()].map((entry) => structuredClone(entry.result))
  }

  /** Params to re-subscribe everything: equal params share one message, at most `batchSize` symbols each. */
  replayParams(batchSize: number): Array<Record<string, unknown>> {
    const groups = new Map<string, { params: Record<string, unknown>; symbols: string[] }>()
    for (const { params } of this.#entries.values()) {
      const { symbol, ...rest } = params
      const id = JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)))
      let group = groups.get(id)
      if (!group) {
        group = { params: rest, symbols: [] }
        groups.set(id, group)
      }
      if (Array.isArray(symbol)) group.symbols.push(...(symbol as string[]))
    }
    const out: Array<Record<string, unknown>> = []
    for (const { params, symbols } of groups.values()) {
      if (symbols.length === 0) out.push({ ...params })
      for (let index = 0; index < symbols.length; index += batchSize) {
        out.push({ ...params, symbol: symbols.slice(index, index + batchSize) })
      }
    }
    return out
  }
}
