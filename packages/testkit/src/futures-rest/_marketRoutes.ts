import type { FuturesMarketState } from '../futures-engine/FuturesMarket.js'
import type { FuturesRoute, FuturesRouteContext } from './_FuturesRoute.js'
import { _failure, _missing, _success } from './_futuresReply.js'

const V3 = '/derivatives/api/v3'
const FEE_SCHEDULE_UID = '7fc4d7c0-464f-4029-a9bb-55856d0c5247'

function instrumentJson(market: FuturesMarketState) {
  const { instrument } = market
  return {
    symbol: instrument.symbol,
    pair: instrument.pair,
    base: instrument.base,
    quote: instrument.quote,
    type: instrument.type,
    underlying: `rr_${instrument.base.toLowerCase()}usd`,
    tickSize: instrument.tickSize,
    contractSize: 1,
    tradeable: true,
    impactMidSize: 1,
    maxPositionSize: 1_000_000,
    openingDate: '2022-01-01T00:00:00.000Z',
    marginLevels: [{ contracts: 0, initialMargin: 0.02, maintenanceMargin: 0.01 }],
    ...(instrument.tag === 'perpetual' ? { fundingRateCoefficient: 8, maxRelativeFundingRate: 0.001 } : {}),
    ...(instrument.lastTradingTime ? { lastTradingTime: instrument.lastTradingTime } : {}),
    contractValueTradePrecision: instrument.sizePrecision,
    postOnly: false,
    feeScheduleUid: FEE_SCHEDULE_UID,
    retailMarginLevels: [{ contracts: 0, initialMargin: 0.5, maintenanceMargin: 0.25 }],
    category: '',
    tags: [],
    tradfi: false,
    mtf: true,
  }
}

function status(market: FuturesMarketState) {
  return {
    tradeable: market.instrument.symbol,
    experiencingDislocation: false,
    priceDislocationDirection: null,
    experiencingExtremeVolatility: false,
    extremeVolatilityInitialMarginMultiplier: 1,
  }
}

function fundingRates({ engine, input }: FuturesRouteContext) {
  const missing = _missing(input, 'symbol')
  if (missing) return _failure('requiredArgumentMissing')
  const market = engine.market.get(input.get('symbol') as string)
  if (!market) return _failure('invalidArgument', 400)
  const hour = 3_600_000
  const start = Math.floor(Date.now() / hour) * hour
  const rates = Array.from({ length: 24 }, (_, index) => ({
    timestamp: new Date(start - (23 - index) * hour).toISOString(),
    fundingRate: market.fundingRate * (1 + index / 100),
    relativeFundingRate: (market.fundingRate * (1 + index / 100)) / market.mid,
  }))
  return _success({ rates })
}

/** Public market data: instruments, tickers, order book, public trades, fee schedules, funding rates, RFQs. */
export const _marketRoutes: FuturesRoute[] = [
  {
    route: `GET ${V3}/feeschedules`,
    auth: false,
    handler: () =>
      _success({
        feeSchedules: [
          {
            uid: FEE_SCHEDULE_UID,
            name: 'PGTMainFees',
            tiers: [
              { makerFee: 0.02, takerFee: 0.05, usdVolume: 0 },
              { makerFee: 0.015, takerFee: 0.04, usdVolume: 100000 },
            ],
          },
        ],
      }),
  },
  {
    route: `GET ${V3}/instruments`,
    auth: false,
    handler: ({ engine }) => _success({ instruments: [...engine.market.markets.values()].map(instrumentJson) }),
  },
  {
    route: `GET ${V3}/instruments/status`,
    auth: false,
    handler: ({ engine }) => _success({ instrumentStatus: [...engine.market.markets.values()].map(status) }),
  },
  {
    route: `GET ${V3}/instruments/:symbol/status`,
    auth: false,
    handler: ({ engine, params }) => {
      const market = engine.market.get(params.symbol ?? '')
      return market ? _success(status(market)) : _failure('notFound', 404)
    },
  },
  {
    route: `GET ${V3}/tickers`,
    auth: false,
    handler: ({ engine }) =>
      _success({ tickers: [...engine.market.markets.values()].map((market) => engine.market.ticker(market)) }),
  },
  {
    route: `GET ${V3}/tickers/:symbol`,
    auth: false,
    handler: ({ engine, params }) => {
      const market = engine.market.get(params.symbol ?? '')
      return market ? _success({ ticker: engine.market.ticker(market) }) : _failure('notFound', 404)
    },
  },
  {
    // Kraken errors without `symbol` although older docs call it optional (python-kraken-sdk note).
    route: `GET ${V3}/orderbook`,
    auth: false,
    handler: ({ engine, input }) => {
      if (_missing(input, 'symbol')) return _failure('requiredArgumentMissing')
      const market = engine.market.get(input.get('symbol') as string)
      if (!market) return _failure('invalidArgument')
      return _success({ orderBook: engine.market.book(market) })
    },
  },
  {
    route: `GET ${V3}/history`,
    auth: false,
    handler: ({ engine, input }) => {
      if (_missing(input, 'symbol')) return _failure('requiredArgumentMissing')
      const market = engine.market.get(input.get('symbol') as string)
      if (!market) return _failure('invalidArgument')
      const lastTime = input.get('lastTime') ? Date.parse(input.get('lastTime') as string) : Number.POSITIVE_INFINITY
      const history = market.trades
        .filter((trade) => trade.time <= lastTime)
        .slice(-100)
        .reverse()
        .map((trade) => ({
          price: trade.price,
          side: trade.side,
          size: String(trade.qty),
          time: new Date(trade.time).toISOString(),
          trade_id: trade.trade_id,
          type: trade.type,
          uid: trade.uid,
        }))
      return _success({ history })
    },
  },
  { route: `GET ${V3}/historical-funding-rates`, auth: false, handler: fundingRates },
  // python-kraken-sdk calls the v4 spelling.
  { route: 'GET /derivatives/api/v4/historicalfundingrates', auth: false, handler: fundingRates },
]
