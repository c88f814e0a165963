/** Listener map: event name → argument tuple. */
type Listener = (...args: unknown[]) => void

export type EventMap = { [event: string]: unknown[] }

/**
 * A tiny typed event emitter that runs in Node and browsers (no `node:events`). Unlike Node's, emitting `error`
 * without listeners does not throw: errors are also surfaced through promises and `exceptionOccur`.
 */
export class _Emitter<Events extends EventMap> {
  readonly #listeners = new Map<keyof Events, Set<Listener>>()

  /** Adds a listener; returns a function that removes it. */
  on<E extends keyof Events>(event: E, listener: (...args: Events[E]) => void): () => void {
    let set = this.#listeners.get(event)
    if (!set) {
      set = new Set()
      this.#listeners.set(event, set)
    }
    set.add(listener as unknown as Listener)
    return () => this.off(event, listener)
  }

  /** Adds a listener that runs once. */
  once<E extends keyof Events>(event: E, listener: (...args: Events[E]) => void): () => void {
    const off = this.on(event, (...args) => {
      off()
      listener(...args)
    })
    return off
  }

  off<E extends keyof Events>(event: E, listener: (...args: Events[E]) => void): void {
    this.#listeners.get(event)?.delete(listener as unknown as Listener)
  }

  /** Called when a listener throws; by default the error is rethrown outside the emitter (like an unhandled error). */
  protected listenerThrew(_event: keyof Events, error: unknown): void {
    queueMicrotask(() => {
      throw error
    })
  }

  protected emit<E extends keyof Events>(event: E, ...args: Events[E]): void {
    const set = this.#listeners.get(event)
    if (!set) return
    for (const listener of [...set]) {
      try {
        listener(...(args as unknown[]))
      } catch (error) {
        // A throwing user listener must not break the connection's state machine.
        this.listenerThrew(event, error)
      }
    }
  }
}
