/** A counter that decays linearly over time (Kraken's REST call counter and trading counter model). */
export class DecayingCounter {
  #value = 0
  #at: number

  constructor(
    readonly max: number,
    readonly decayPerSecond: number,
    now: number,
  ) {
    this.#at = now
  }

  /** Current value after decay. */
  level(now: number): number {
    this.#value = Math.max(0, this.#value - ((now - this.#at) / 1000) * this.decayPerSecond)
    this.#at = now
    return this.#value
  }

  /** Adds `cost` if the result stays within `max`; returns whether it did. */
  tryAdd(cost: number, now: number): boolean {
    if (this.level(now) + cost > this.max + 1e-9) return false
    this.#value += cost
    return true
  }

  /** Adds unconditionally (penalties: cancels are never refused). */
  add(cost: number, now: number): void {
    this.#value = this.level(now) + cost
  }
}
