/**
 * Whether a parsed message belongs to a `stream(params)`: same channel (data messages only, not acks), and for
 * symbol channels one of the requested symbols.
 */
export function _streamFilter(
  channel: string,
  symbols: readonly string[] | undefined,
): (message: Record<string, unknown>) => boolean {
  const wanted = symbols ? new Set(symbols) : undefined
  return (message) => {
    if (message.channel !== channel || message.method !== undefined) return false
    if (!wanted) return true
    const data = message.data
    if (!Array.isArray(data)) return false
    for (const entry of data) if (wanted.has((entry as { symbol?: string }).symbol ?? '')) return true
    return false
  }
}
