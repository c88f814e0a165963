import type { SimState } from '../state/SimState.js'
import { SpotMarket } from './SpotMarket.js'

/**
 * The simulator's one synthetic spot market (created on first use, seeded with `state.seed`). A timer of
 * `state.tickMs` calls `step()` only while `onEvents` listeners exist; `sim.close()` clears it.
 *
 * @example
 * const market = getSpotMarket(sim.state)
 * const off = market.onEvents((events) => console.log(events.length))
 */
export function getSpotMarket(state: SimState): SpotMarket {
  return state.domain('spot-market', () => {
    const market = new SpotMarket({ seed: state.seed })
    let timer: ReturnType<typeof setInterval> | undefined
    const stop = () => {
      if (timer) clearInterval(timer)
      timer = undefined
    }
    market.onListenersChanged = (count) => {
      if (count > 0 && !timer) {
        timer = setInterval(() => market.step(), state.tickMs)
        timer.unref?.()
      } else if (count === 0) stop()
    }
    state.closers.push(stop)
    return market
  })
}
