import { _random } from '../futures-engine/_random.js'
import type { FuturesRoute, FuturesRouteContext } from './_FuturesRoute.js'
import { _number } from './_futuresReply.js'

const BASE = '/api/charts/v1'
const TICK_TYPES = ['mark', 'spot', 'trade']
const RESOLUTIONS: Record<string, number> = {
  '1m': 60,
  '5m': 300,
  '15m': 900,
  '30m': 1800,
  '1h': 3600,
  '4h': 14400,
  '12h': 43200,
  '1d': 86400,
  '1w': 604800,
}
const ANALYTICS = [
  'open-interest',
  'aggressor-differential',
  'trade-volume',
  'trade-count',
  'liquidation-volume',
  'rolling-volatility',
  'long-short-ratio',
  'long-short-info',
  'cvd',
  'top-traders',
  'orderbook',
  'spreads',
  'liquidity',
  'slippage',
  'future-basis',
]
const INTERVALS = new Set([60, 300, 900, 1800, 3600, 14400, 43200, 86400, 604800])

const notFound = { status: 404, body: { error: 'Not Found' } }

/** Deterministic candles ending at the current mark price: same seed, symbol and time → same candles. */
function candles({ engine, state, params, input }: FuturesRouteContext) {
  const market = engine.market.get(params.symbol ?? '')
  const seconds = RESOLUTIONS[params.resolution ?? '']
  if (!market || !TICK_TYPES.includes(params.tick_type ?? '') || seconds === undefined) return notFound
  const now = Math.floor(Date.now() / 1000)
  const to = Math.min(_number(input, 'to') ?? now, now)
  const count = Math.min(Math.max(_number(input, 'count') ?? 100, 1), 5000)
  const from = Math.max(_number(input, 'from') ?? to - seconds * count, to - seconds * 5000)
  const first = Math.ceil(from / seconds) * seconds
  const times: number[] = []
  for (let time = first; time <= to && times.length < count; time += seconds) times.push(time)
  const decimals = Math.max(0, -Math.floor(Math.log10(market.instrument.tickSize)))
  let price = market.mid
  const list = times.reverse().map((time) => {
    const next = _random(state.seed * 1_000_003 + time + market.instrument.symbol.length)
    const open = price * (1 + (next() - 0.5) / 200)
    const high = Math.max(open, price) * (1 + next() / 400)
    const low = Math.min(open, price) * (1 - next() / 400)
    const candle = {
      time: time * 1000,
      open: open.toFixed(decimals),
      high: high.toFixed(decimals),
      low: low.toFixed(decimals),
      close: price.toFixed(decimals),
      volume: Math.round(next() * 10_000),
    }
    price = open
    return candle
  })
  return { status: 200, body: { candles: list.reverse(), more_candles: false } }
}

function analytics({ input, params }: FuturesRouteContext, isPool: boolean) {
  const since = _number(input, 'since')
  const interval = _number(input, 'interval')
  const errors = (field: string) => ({
    status: 400,
    body: { result: null, errors: [{ severity: 'error', error_class: 'validation', type: 'invalid', field }] },
  })
  if (since === undefined || Number.isNaN(since)) return errors('since')
  if (interval === undefined || !INTERVALS.has(interval)) return errors('interval')
  if (!isPool && !ANALYTICS.includes(params.analytics_type ?? '')) return notFound
  const to = Math.min(_number(input, 'to') ?? Math.floor(Date.now() / 1000), since + interval * 500)
  const timestamp: number[] = []
  for (let time = since; time <= to; time += interval) timestamp.push(time)
  const data = isPool
    ? { usdValue: timestamp.map(() => '1000000.00') }
    : timestamp.map((_, index) => String(1000 + index))
  return { status: 200, body: { result: { timestamp, data, more: false }, errors: [] } }
}

/** Public charts: tick types, symbols, resolutions, OHLC candles, analytics. */
export const _chartsRoutes: FuturesRoute[] = [
  { route: `GET ${BASE}/`, auth: false, handler: () => ({ status: 200, body: TICK_TYPES }) },
  { route: `GET ${BASE}/analytics/liquidity-pool`, auth: false, handler: (context) => analytics(context, true) },
  {
    route: `GET ${BASE}/analytics/:symbol/:analytics_type`,
    auth: false,
    handler: (context) => analytics(context, false),
  },
  {
    route: `GET ${BASE}/:tick_type`,
    auth: false,
    handler: ({ engine, params }) =>
      TICK_TYPES.includes(params.tick_type ?? '')
        ? { status: 200, body: engine.market.instruments.map((instrument) => instrument.symbol) }
        : notFound,
  },
  {
    route: `GET ${BASE}/:tick_type/:symbol`,
    auth: false,
    handler: ({ engine, params }) =>
      TICK_TYPES.includes(params.tick_type ?? '') && engine.market.get(params.symbol ?? '')
        ? { status: 200, body: Object.keys(RESOLUTIONS) }
        : notFound,
  },
  { route: `GET ${BASE}/:tick_type/:symbol/:resolution`, auth: false, handler: candles },
]
