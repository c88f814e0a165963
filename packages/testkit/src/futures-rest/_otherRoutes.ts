import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import type { FuturesRoute } from './_FuturesRoute.js'
import { _failure, _missing, _number, _success } from './_futuresReply.js'
import { _parseJsonParameter } from './_orderRoutes.js'

const V3 = '/derivatives/api/v3'
const STRATEGIES = ['REJECT_TAKER', 'CANCEL_MAKER_SELF', 'CANCEL_MAKER_CHILD', 'CANCEL_MAKER_ANY']
/** The simulator's one open RFQ (block trade request), so offers can be placed, replaced and cancelled. */
export const SIM_RFQ_UID = '5f3c4a1e-0000-4000-a000-000000000001'
const offers = new WeakMap<FuturesAccount, Map<string, Record<string, unknown>>>()

function rfq(mark: number) {
  return {
    rfqUid: SIM_RFQ_UID,
    expiry: new Date(Date.now() + 3_600_000).toISOString(),
    markPrice: mark,
    legs: [{ symbol: 'PF_XBTUSD', size: 10, markPrice: mark }],
  }
}

function offersOf(account: FuturesAccount) {
  let map = offers.get(account)
  if (!map) {
    map = new Map()
    offers.set(account, map)
  }
  return map
}

/** Self-trade strategy, assignment program, portfolio margining, RFQs, the API-key check and rebate stats. */
export const _otherRoutes: FuturesRoute[] = [
  {
    route: `GET ${V3}/self-trade-strategy`,
    auth: true,
    pool: 'derivatives',
    cost: () => 2,
    handler: ({ account }) => _success({ strategy: (account as FuturesAccount).selfTradeStrategy }),
  },
  {
    route: `PUT ${V3}/self-trade-strategy`,
    auth: true,
    pool: 'derivatives',
    cost: () => 2,
    handler: ({ account, input }) => {
      if (_missing(input, 'strategy')) return _failure('requiredArgumentMissing')
      if (!STRATEGIES.includes(input.get('strategy') as string)) return _failure('invalidArgument')
      ;(account as FuturesAccount).selfTradeStrategy = input.get('strategy') as string
      return _success({ strategy: input.get('strategy') })
    },
  },
  {
    route: `GET ${V3}/assignmentprogram/current`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ account }) =>
      _success({
        participants: (account as FuturesAccount).assignments
          .filter((entry) => !entry.deleted)
          .map(({ id, participant }) => ({ id, participant })),
      }),
  },
  {
    route: `GET ${V3}/assignmentprogram/history`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ account }) =>
      _success({
        participants: (account as FuturesAccount).assignments.map(({ deleted, participant, timestamp }) => ({
          deleted,
          participant,
          timestamp,
        })),
      }),
  },
  {
    route: `POST ${V3}/assignmentprogram/add`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ account, input }) => {
      if (_missing(input, 'contractType', 'acceptLong', 'acceptShort', 'timeFrame', 'enabled'))
        return _failure('requiredArgumentMissing')
      if (!['all', 'weekdays', 'weekends'].includes(input.get('timeFrame') as string))
        return _failure('invalidArgument')
      const owner = account as FuturesAccount
      const participant = {
        contractType: input.get('contractType'),
        contract: input.get('contract'),
        maxSize: _number(input, 'maxSize') ?? null,
        maxPosition: _number(input, 'maxPosition') ?? null,
        acceptLong: input.get('acceptLong') === 'true',
        acceptShort: input.get('acceptShort') === 'true',
        timeFrame: input.get('timeFrame'),
        enabled: input.get('enabled') === 'true',
      }
      const id = owner.assignments.length + 1
      owner.assignments.push({ id, participant, deleted: false, timestamp: new Date().toISOString() })
      return _success({ id, participant })
    },
  },
  {
    route: `POST ${V3}/assignmentprogram/delete`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ account, input }) => {
      if (_missing(input, 'id')) return _failure('requiredArgumentMissing')
      const entry = (account as FuturesAccount).assignments.find(
        (item) => item.id === _number(input, 'id') && !item.deleted,
      )
      if (!entry) return _failure('notFound')
      entry.deleted = true
      return _success({ id: entry.id, participant: entry.participant })
    },
  },
  {
    route: `GET ${V3}/portfolio-margining/parameters`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: () =>
      _success({
        crossAssetNettingFactor: 0.3,
        extremePriceShockMultiplier: 3,
        volShockMultiplicationFactor: 1.5,
        volShockExponentFactor: 0.5,
        optionExpiryTimeShockHours: 24,
        optionsInitialMarginFactor: 1.2,
        totalOptionOrdersConsideredInInitialMarginCalc: 10,
        priceShockLevels: [-0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15],
        optionsUserLimits: { maxNetPositionDelta: 100, limitsPerBaseCurrency: {} },
      }),
  },
  {
    route: `POST ${V3}/portfolio-margining/simulate`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ input }) => {
      if (_missing(input, 'json')) return _failure('requiredArgumentMissing')
      if (!_parseJsonParameter(input)) return _failure('Json Parse Error')
      return _success({
        maintenanceMargin: 0,
        initialMargin: 0,
        pnl: 0,
        greeks: {},
        portfolioMarginBreakdown: {
          totalCrossAssetNettedMarketRisk: 0,
          totalMarketRisk: 0,
          totalScenarioPnls: [],
          totalAbsoluteOptionPositionDeltaNotional: 0,
          netPortfolioDelta: 0,
          totalPremium: 0,
          isBuyOnly: true,
          futuresMaintenanceMargin: 0,
        },
      })
    },
  },
  {
    route: `GET ${V3}/rfqs`,
    auth: false,
    handler: ({ engine }) => _success({ rfqs: [rfq(engine.market.get('PF_XBTUSD')?.mid ?? 0)] }),
  },
  {
    route: `GET ${V3}/rfqs/open-offers`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ account }) => _success({ openOffers: [...offersOf(account as FuturesAccount).values()] }),
  },
  {
    route: `GET ${V3}/rfqs/:rfqUid`,
    auth: false,
    handler: ({ engine, params }) =>
      params.rfqUid === SIM_RFQ_UID
        ? _success({ rfq: rfq(engine.market.get('PF_XBTUSD')?.mid ?? 0) })
        : _failure('notFound', 404),
  },
  {
    // RFQ offers take a JSON body ({ bid?, ask? }); Authent covers the JSON text as sent.
    route: `POST ${V3}/rfqs/:rfqUid/place-offer`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ account, params, json, state }) => {
      if (params.rfqUid !== SIM_RFQ_UID) return _failure('notFound')
      if (!json || (json.bid === undefined && json.ask === undefined)) return _failure('requiredArgumentMissing')
      const map = offersOf(account as FuturesAccount)
      const uid = `${state.seed.toString(16).padStart(8, '0')}-1111-4000-a000-${String(map.size + 1).padStart(12, '0')}`
      const now = new Date().toISOString()
      map.set(params.rfqUid, {
        uid,
        rfqUid: params.rfqUid,
        placementDate: now,
        lastUpdateDate: now,
        ...(json.bid === undefined ? {} : { bid: String(json.bid) }),
        ...(json.ask === undefined ? {} : { ask: String(json.ask) }),
      })
      return _success({ offerUid: uid })
    },
  },
  {
    route: `PUT ${V3}/rfqs/:rfqUid/replace-offer`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ account, params, json }) => {
      const offer = offersOf(account as FuturesAccount).get(params.rfqUid ?? '')
      if (!offer) return _failure('notFound')
      if (!json) return _failure('requiredArgumentMissing')
      Object.assign(
        offer,
        { lastUpdateDate: new Date().toISOString() },
        json.bid === undefined ? {} : { bid: String(json.bid) },
        json.ask === undefined ? {} : { ask: String(json.ask) },
      )
      return _success()
    },
  },
  {
    route: `DELETE ${V3}/rfqs/:rfqUid/cancel-offer`,
    auth: true,
    pool: 'derivatives',
    cost: () => 1,
    handler: ({ account, params }) =>
      offersOf(account as FuturesAccount).delete(params.rfqUid ?? '') ? _success() : _failure('notFound'),
  },
  {
    route: 'GET /api/auth/v1/api-keys/v3/check',
    auth: true,
    handler: ({ account }) => ({
      status: 200,
      body: {
        apiKey: (account as FuturesAccount).key,
        accountUid: (account as FuturesAccount).uid,
        iiban: null,
        createdAt: '2026-01-01T00:00:00Z',
        permissions: { general: 'FULL_ACCESS', transfer: 'FULL_ACCESS' },
      },
    }),
  },
  {
    route: 'GET /api/stats/v1/rebates/self-market-share',
    auth: true,
    handler: ({ account }) => {
      const volume = new Map<string, number>()
      for (const fill of (account as FuturesAccount).fills)
        volume.set(fill.symbol, (volume.get(fill.symbol) ?? 0) + fill.size * fill.price)
      return {
        status: 200,
        body: {
          contracts: Object.fromEntries(
            [...volume].map(([symbol, value]) => [
              symbol,
              { marketShare: '0.001', usdRebateCredited: '0.00', volume: value.toFixed(2) },
            ]),
          ),
        },
      }
    },
  },
]
