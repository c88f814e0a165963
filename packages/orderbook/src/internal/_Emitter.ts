// biome-ignore lint/suspicious/noExplicitAny: listener maps need a variadic function bound
type EventMap = Record<string, (...args: any[]) => void>

/**
 * A minimal typed event emitter for Node and browsers (no `node:events`). A throwing listener never breaks the
 * message loop: its error is re-emitted as `error` (a throwing `error` listener is ignored).
 */
export class _Emitter<Events extends EventMap> {
  readonly #listeners = new Map<keyof Events, Set<Events[keyof Events]>>()

  /** Adds a listener. */
  on<E extends keyof Events>(event: E, listener: Events[E]): this {
    let set = this.#listeners.get(event)
    if (!set) {
      set = new Set()
      this.#listeners.set(event, set)
    }
    set.add(listener)
    return this
  }

  /** Removes a listener. */
  off<E extends keyof Events>(event: E, listener: Events[E]): this {
    this.#listeners.get(event)?.delete(listener)
    return this
  }

  /** Number of listeners of `event`. */
  listenerCount(event: keyof Events): number {
    return this.#listeners.get(event)?.size ?? 0
  }

  protected emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): boolean {
    const set = this.#listeners.get(event)
    if (!set || set.size === 0) return false
    for (const listener of [...set]) {
      try {
        listener(...args)
      } catch (error) {
        if (event !== 'error') this.emit('error' as E, ...([error] as Parameters<Events[E]>))
      }
    }
    return true
  }
}
