import { DEMO_ACCOUNT, type Simulator, startSimulator } from '@k/testkit'
import { createTrader } from '../createTrader.js'
import type { Trader } from '../Trader.js'
import type { OrderEvent, TraderOptions } from '../types.js'

/** A private kraken-sim (no rate limits, so tests are quick) and a trader on the demo account that records events. */
export async function _startTraderSim(
  options: Partial<TraderOptions> | ((sim: Simulator) => Partial<TraderOptions>) = {},
  simOptions: Parameters<typeof startSimulator>[0] = {},
): Promise<{ sim: Simulator; trader: Trader; events: OrderEvent[] }> {
  const sim = await startSimulator({ seed: 11, rateLimits: false, ...simOptions })
  const trader = createTrader({
    key: DEMO_ACCOUNT.key,
    secret: DEMO_ACCOUNT.secret,
    baseUrl: sim.url,
    wsUrl: sim.wsUrl,
    authWsUrl: sim.authWsUrl,
    rateLimit: false,
    wsOptions: { initialBackoff: 50, maxBackoff: 200 },
    ...(typeof options === 'function' ? options(sim) : options),
  })
  const events: OrderEvent[] = []
  trader.on('order', (event) => events.push(event))
  return { sim, trader, events }
}
