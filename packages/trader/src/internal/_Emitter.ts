// biome-ignore lint/suspicious/noExplicitAny: listener signatures vary per event
type Listener = (...args: any[]) => void

/** A minimal typed event emitter (no Node `events` import, so the package also bundles for browsers). */
export class _Emitter<Events extends { [K in keyof Events]: Listener }> {
  readonly #listeners = new Map<keyof Events, Set<Listener>>()

  /** Adds a listener. */
  on<K extends keyof Events>(event: K, listener: Events[K]): this {
    const set = this.#listeners.get(event) ?? new Set<Listener>()
    this.#listeners.set(event, set)
    set.add(listener)
    return this
  }

  /** Removes a listener. */
  off<K extends keyof Events>(event: K, listener: Events[K]): this {
    this.#listeners.get(event)?.delete(listener)
    return this
  }

  /** Calls every listener of `event`; a throwing listener does not stop the others or the caller. */
  protected emit<K extends keyof Events>(event: K, ...args: Parameters<Events[K]>): void {
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        listener(...args)
      } catch {
        // A listener's bug must never turn a placed order into a failure (the order already happened).
      }
    }
  }
}
