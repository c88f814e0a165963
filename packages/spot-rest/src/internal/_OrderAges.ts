const MAX_ORDERS = 10_000

/**
 * Remembers when and on which pair this client placed each order (by txid and cl_ord_id), so the rate limiter can
 * charge cancels and edits Kraken's age-dependent penalty on the right pair. Bounded: the oldest entries go first.
 */
export class _OrderAges {
  readonly #orders = new Map<string, { pair: string; at: number }>()

  add(ids: readonly (string | undefined)[], pair: string, at: number): void {
    for (const id of ids) {
      if (id === undefined || id === '') continue
      this.#orders.delete(id)
      this.#orders.set(id, { pair, at })
    }
    while (this.#orders.size > MAX_ORDERS) {
      const oldest = this.#orders.keys().next().value
      if (oldest === undefined) break
      this.#orders.delete(oldest)
    }
  }

  get(id: string | number | undefined): { pair: string; at: number } | undefined {
    return id === undefined ? undefined : this.#orders.get(String(id))
  }

  delete(id: string | number | undefined): void {
    if (id !== undefined) this.#orders.delete(String(id))
  }
}
