/**
 * Spot trading-bot template (seed 001 §5.1): a `TradingBot` that is a SpotWsClient (ticker, ohlc 15 and executions)
 * holding REST clients, and a `Manager` that checks the credentials first, runs the bot, and exits cleanly after
 * N events, on SIGINT/SIGTERM, or when the connection gives up. Copy it and put your strategy in `onMessage`. Run:
 *   npx -y pnpm@10.34.0 --filter @k/examples exec tsx src/spotTradingBot.ts
 */
import { isKrakenError, KrakenNetworkError } from '@k/errors'
import { createSpotClient, Market, Trade, User } from '@k/spot-rest'
import { SpotWsClient, type SpotWsMessage } from '@k/spot-ws'
import { _isMain } from './internal/_isMain.js'
import { _openExample, type ExampleOptions } from './internal/_openExample.js'

type BotConfig = { key: string; secret: string; pairs: string[]; restUrl: string; wsUrl: string; authWsUrl: string }

class TradingBot extends SpotWsClient {
  readonly user: User
  readonly market: Market
  readonly trade: Trade
  events = 0
  #ordered = false
  #stopped = false
  readonly #log: (line: string) => void
  readonly #maxEvents: number
  readonly #done: Promise<void>
  #finish: () => void = () => {}

  constructor(config: BotConfig, log: (line: string) => void, maxEvents: number) {
    // One REST client for the bot: the WS token and every REST call share one nonce generator.
    const rest = createSpotClient({ baseUrl: config.restUrl, key: config.key, secret: config.secret })
    super({ url: config.wsUrl, authUrl: config.authWsUrl, key: config.key, secret: config.secret, restClient: rest })
    this.user = new User(rest)
    this.market = new Market(rest)
    this.trade = new Trade(rest)
    this.#log = log
    this.#maxEvents = maxEvents
    this.#done = new Promise((resolve) => {
      this.#finish = resolve
    })
  }

  /** Resolves once the bot has seen `maxEvents` channel messages. */
  get done(): Promise<void> {
    return this.#done
  }

  override async onMessage(message: SpotWsMessage): Promise<void> {
    if (this.#stopped) return // frames still arriving while the bot shuts down
    if (!('channel' in message) || !('data' in message)) return // acks, pongs
    if (message.channel === 'status') return
    this.events++
    if (message.channel === 'ticker') {
      const [ticker] = message.data
      this.#log(`ticker ${ticker?.symbol} bid ${ticker?.bid} ask ${ticker?.ask}`)
      // Strategy goes here. This template sends one validate-only order over WS (nothing is placed).
      if (!this.#ordered && ticker) {
        this.#ordered = true
        const result = await this.addOrder({
          symbol: ticker.symbol,
          side: 'buy',
          order_type: 'limit',
          order_qty: '0.001',
          limit_price: String(Math.floor(Number(ticker.bid) * 0.9)),
          validate: true,
        })
        this.#log(`validate-only order accepted (${result.order_id === undefined ? 'no id' : 'id'})`)
      }
    } else if (message.channel === 'ohlc') {
      this.#log(`ohlc ${message.data[0]?.symbol} close ${message.data[0]?.close}`)
    } else if (message.channel === 'executions') {
      this.#log(`executions: ${message.data.length} report(s)`)
    }
    if (this.events >= this.#maxEvents) this.#finish()
  }

  /** python `save_exit`: leave the account tidy before stopping. */
  async saveExit(reason: string): Promise<void> {
    this.#stopped = true
    this.#log(`exiting (${reason}) after ${this.events} events`)
    await this.close()
  }
}

class Manager {
  readonly #config: BotConfig
  readonly #log: (line: string) => void

  constructor(config: BotConfig, log: (line: string) => void) {
    this.#config = config
    this.#log = log
  }

  /** python `__check_credentials`: a cheap private call before anything else. */
  async checkCredentials(): Promise<boolean> {
    const user = new User({ baseUrl: this.#config.restUrl, key: this.#config.key, secret: this.#config.secret })
    try {
      await user.getAccountBalance()
      return true
    } catch (error) {
      // python catches KrakenAuthenticationError; here every auth failure (invalid key, signature, permission) has
      // category 'auth' — and must not be retried in a loop (Kraken locks the key out after repeated failures).
      if (isKrakenError(error) && error.category === 'auth') {
        this.#log('credentials rejected by Kraken — check key, secret and permissions')
      } else if (error instanceof KrakenNetworkError) {
        this.#log('Kraken unreachable — check the network')
      } else if (isKrakenError(error)) this.#log(`credentials check failed: ${error.code}`)
      else throw error
      return false
    }
  }

  async run(maxEvents: number): Promise<void> {
    if (!(await this.checkCredentials())) return
    this.#log('credentials ok')
    const bot = new TradingBot(this.#config, this.#log, maxEvents)
    let onSignal = (_signal: string) => {}
    const stop = new Promise<string>((resolve) => {
      onSignal = (signal: string) => resolve(signal)
      process.on('SIGINT', onSignal)
      process.on('SIGTERM', onSignal)
      bot.done.then(() => resolve(`${maxEvents} events`))
      bot.on('error', (error) => {
        if (bot.exceptionOccur) resolve(`connection lost: ${error.code}`)
      })
    })
    try {
      await bot.connect()
      await bot.subscribe({ channel: 'ticker', symbol: this.#config.pairs })
      await bot.subscribe({ channel: 'ohlc', symbol: this.#config.pairs, interval: 15 })
      await bot.subscribe({ channel: 'executions' })
      await bot.saveExit(await stop)
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
      key: env.key,
      secret: env.secret,
      pairs: ['BTC/USD', 'ETH/USD'],
      restUrl: env.url,
      wsUrl: env.wsUrl,
      authWsUrl: env.authWsUrl,
    }
    await new Manager(config, env.log).run(options.maxEvents ?? Number(process.env.BOT_MAX_EVENTS ?? 20))
  } finally {
    await env.close()
  }
}

if (_isMain(import.meta.url)) await main()
