import { balancesChannel } from './_balancesChannel.js'
import { bookChannel } from './_bookChannel.js'
import { executionsChannel } from './_executionsChannel.js'
import { instrumentChannel } from './_instrumentChannel.js'
import { level3Channel } from './_level3Channel.js'
import { ohlcChannel } from './_ohlcChannel.js'
import type { SimChannel } from './_SimChannel.js'
import { tickerChannel } from './_tickerChannel.js'
import { tradeChannel } from './_tradeChannel.js'

/** Every WS v2 channel the simulator serves, by name. */
export const CHANNELS: ReadonlyMap<string, SimChannel> = new Map(
  [
    tickerChannel,
    bookChannel,
    level3Channel,
    ohlcChannel,
    tradeChannel,
    instrumentChannel,
    executionsChannel,
    balancesChannel,
  ].map((channel) => [channel.name, channel]),
)
