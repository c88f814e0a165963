/** Counts requests the simulator received, per API key (or `public`) and route, e.g. `POST /0/private/AddOrder`. */
export class SimRequestLog {
  readonly #counts = new Map<string, number>()

  record(key: string | undefined, route: string): void {
    const id = `${key ?? 'public'} ${route}`
    this.#counts.set(id, (this.#counts.get(id) ?? 0) + 1)
  }

  count(key: string | undefined, route?: string): number {
    if (route !== undefined) return this.#counts.get(`${key ?? 'public'} ${route}`) ?? 0
    let total = 0
    const prefix = `${key ?? 'public'} `
    for (const [id, count] of this.#counts) if (id.startsWith(prefix)) total += count
    return total
  }

  /** Total over every key for one route (e.g. `GET /0/public/Ticker`). */
  countRoute(route: string): number {
    let total = 0
    for (const [id, count] of this.#counts) if (id.endsWith(` ${route}`)) total += count
    return total
  }
}
