/**
 * Futures trading-bot template (seed 001 §5.3): a `TradingBot` that is a FuturesWsClient, and a `ManagedBot` that
 * checks the credentials (`User.getWallets`), subscribes ticker and book for its products plus fills,
 * open_positions, open_orders and balances, and exits cleanly after N events or a signal (cancelling its orders).
 * Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/futuresTradingBot.ts
 */
import { isKrakenError } from '@k/errors'
import { createFuturesClient, Trade, User } from '@k/futures-rest'
import { FuturesWsClient, type FuturesWsMessage } from '@k/futures-ws'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

type BotConfig = { key: string; secret: string; products: string[]; restUrl: string; wsUrl: string }

class TradingBot extends FuturesWsClient {
  readonly trade: Trade
  readonly seen = new Map<string, number>()
  events = 0
  #stopped = false
  readonly #log: (line: string) => void

  constructor(config: BotConfig, log: (line: string) => void) {
    super({ url: config.wsUrl, key: config.key, secret: config.secret })
    this.trade = new Trade(createFuturesClient({ baseUrl: config.restUrl, key: config.key, secret: config.secret }))
    this.#log = log
  }

  override onMessage(message: FuturesWsMessage): void {
    if (this.#stopped) return // frames still arriving while the bot shuts down
    if (!('feed' in message) || 'event' in message || message.feed === 'heartbeat') return // acks, heartbeats
    this.events++
    this.seen.set(message.feed, (this.seen.get(message.feed) ?? 0) + 1)
    // Strategy goes here: react to fills, positions, open orders and balances.
    if (message.feed === 'fills' || message.feed === 'fills_snapshot') this.#log(`fills: ${message.feed}`)
    if (message.feed === 'open_orders' || message.feed === 'open_orders_snapshot')
      this.#log(`open orders: ${message.feed}`)
  }

  /** python `save_exit`: cancel what this bot left open, then close. */
  async saveExit(reason: string): Promise<void> {
    this.#stopped = true
    const cancelled = await this.trade.cancelAllOrders()
    this.#log(`exiting (${reason}) after ${this.events} events; cancel all: ${cancelled.cancelStatus.status}`)
    await this.close()
  }
}

class ManagedBot {
  readonly #config: BotConfig
  readonly #log: (line: string) => void

  constructor(config: BotConfig, log: (line: string) => void) {
    this.#config = config
    this.#log = log
  }

  async checkCredentials(): Promise<boolean> {
    try {
      const wallets = await new User({
        baseUrl: this.#config.restUrl,
        key: this.#config.key,
        secret: this.#config.secret,
      }).getWallets()
      this.#log(`credentials ok (${Object.keys(wallets.accounts).length} wallets)`)
      return true
    } catch (error) {
      if (!isKrakenError(error)) throw error
      // Futures need Futures keys: Spot keys fail here with authenticationError (kraken-facts §6 row 6).
      this.#log(`credentials check failed: ${error.code}`)
      return false
    }
  }

  async run(maxEvents: number): Promise<void> {
    if (!(await this.checkCredentials())) return
    const bot = new TradingBot(this.#config, this.#log)
    let stopReason: string | undefined
    const onSignal = (signal: string) => {
      stopReason = signal
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    try {
      await bot.connect()
      await bot.subscribe({ feed: 'ticker', product_ids: this.#config.products })
      await bot.subscribe({ feed: 'book', product_ids: this.#config.products })
      for (const feed of ['fills', 'open_positions', 'open_orders', 'balances'] as const) await bot.subscribe({ feed })
      // One resting order far from the market so open_orders has something to report.
      await bot.trade.createOrder({
        orderType: 'lmt',
        symbol: 'PF_XBTUSD',
        side: 'buy',
        size: '0.001',
        limitPrice: '20000',
      })
      // Loop while the connection is healthy (python: `while not bot.exception_occur`), bounded by events and time.
      for (
        let waited = 0;
        !bot.exceptionOccur && stopReason === undefined && bot.events < maxEvents && waited < 15_000;
        waited += 50
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      this.#log(`feeds seen: ${[...bot.seen.keys()].sort().join(',')}`)
      await bot.saveExit(stopReason ?? (bot.exceptionOccur ? 'connection lost' : `${bot.events} events`))
    } finally {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      await bot.close()
    }
  }
}

/** Runs this example (against `options.env`, `KRAKEN_SIM`, or an embedded kraken-sim) and resolves when it is done. */
export async function main(options: ExampleOptions & { maxEvents?: number } = {}): Promise<void> {
  const env = await _openExample(options)
  try {
    const config = {
      key: env.futuresKey,
      secret: env.futuresSecret,
      products: ['PI_XBTUSD', 'PF_SOLUSD'],
      restUrl: env.futuresUrl,
      wsUrl: env.futuresWsUrl,
    }
    await new ManagedBot(config, env.log).run(options.maxEvents ?? 20)
  } finally {
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
