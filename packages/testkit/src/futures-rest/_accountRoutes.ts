import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import type { FuturesRoute } from './_FuturesRoute.js'
import { _failure, _missing, _number, _success } from './_futuresReply.js'

const V3 = '/derivatives/api/v3'
const two = () => 2
const ten = () => 10

function accountsJson(account: FuturesAccount) {
  const flex = account.wallets.get('flex') ?? new Map<string, number>()
  const cash = account.wallets.get('cash') ?? new Map<string, number>()
  const usd = flex.get('USD') ?? 0
  const currencies = Object.fromEntries(
    [...flex].map(([currency, quantity]) => [
      currency,
      { quantity, value: quantity, collateral: quantity, available: quantity },
    ]),
  )
  return {
    cash: {
      type: 'cashAccount',
      balances: Object.fromEntries([...cash].map(([currency, amount]) => [currency.toLowerCase(), amount])),
    },
    flex: {
      type: 'multiCollateralMarginAccount',
      currencies,
      initialMargin: 0,
      initialMarginWithOrders: 0,
      maintenanceMargin: 0,
      balanceValue: usd,
      portfolioValue: usd,
      collateralValue: usd,
      pnl: 0,
      unrealizedFunding: 0,
      totalUnrealized: 0,
      totalUnrealizedAsMargin: 0,
      availableMargin: usd,
      marginEquity: usd,
    },
  }
}

function account(context: { account: FuturesAccount | undefined }): FuturesAccount {
  return context.account as FuturesAccount
}

/** Private account data: wallets, positions, orders, preferences, notifications, subaccounts, transfers. */
export const _accountRoutes: FuturesRoute[] = [
  {
    route: `GET ${V3}/accounts`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: (context) => _success({ accounts: accountsJson(account(context)) }),
  },
  {
    route: `GET ${V3}/openpositions`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: (context) =>
      _success({
        openPositions: account(context)
          .positionList()
          .map((position) => ({
            side: position.side,
            symbol: position.symbol,
            price: position.price,
            fillTime: new Date(position.fillTime).toISOString(),
            size: position.size,
            unrealizedFunding: 0,
            pnlCurrency: account(context).pnlCurrency.get(position.symbol) ?? 'USD',
            ...(account(context).leverage.has(position.symbol)
              ? { maxFixedLeverage: account(context).leverage.get(position.symbol) }
              : {}),
          })),
      }),
  },
  {
    route: `GET ${V3}/openorders`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: ({ engine, account: owner }) =>
      _success({
        openOrders: engine.openOrders(owner as FuturesAccount).map((order) => ({
          order_id: order.order_id,
          ...(order.cliOrdId ? { cliOrdId: order.cliOrdId } : {}),
          symbol: order.symbol,
          side: order.side,
          orderType: order.orderType,
          ...(order.limitPrice === undefined ? {} : { limitPrice: order.limitPrice }),
          ...(order.stopPrice === undefined ? {} : { stopPrice: order.stopPrice }),
          unfilledSize: order.size - order.filled,
          receivedTime: new Date(order.receivedTime).toISOString(),
          status: order.filled > 0 ? 'partiallyFilled' : 'untouched',
          filledSize: order.filled,
          reduceOnly: order.reduceOnly,
          ...(order.triggerSignal ? { triggerSignal: order.triggerSignal } : {}),
          lastUpdateTime: new Date(order.lastUpdateTime).toISOString(),
        })),
      }),
  },
  {
    route: `GET ${V3}/fills`,
    auth: true,
    pool: 'derivatives',
    cost: ({ input }) => (input.get('lastFillTime') ? 25 : 2),
    handler: ({ account: owner, input }) => {
      const before = input.get('lastFillTime')
        ? Date.parse(input.get('lastFillTime') as string)
        : Number.POSITIVE_INFINITY
      if (Number.isNaN(before)) return _failure('invalidArgument')
      const fills = (owner as FuturesAccount).fills
        .filter((fill) => fill.fillTime <= before)
        .slice(-100)
        .reverse()
      return _success({
        fills: fills.map((fill) => ({
          fill_id: fill.fill_id,
          symbol: fill.symbol,
          side: fill.side,
          order_id: fill.order_id,
          ...(fill.cliOrdId ? { cliOrdId: fill.cliOrdId } : {}),
          size: fill.size,
          price: fill.price,
          fillTime: new Date(fill.fillTime).toISOString(),
          fillType: fill.fillType,
        })),
      })
    },
  },
  {
    route: `GET ${V3}/notifications`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: (context) => _success({ notifications: account(context).notifications }),
  },
  {
    route: `GET ${V3}/unwindqueue`,
    auth: true,
    pool: 'derivatives',
    cost: () => 200,
    handler: (context) =>
      _success({
        queue: account(context)
          .positionList()
          .map((position) => ({ symbol: position.symbol, percentile: 20 })),
      }),
  },
  {
    route: `GET ${V3}/feeschedules/volumes`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: (context) =>
      _success({
        volumesByFeeSchedule: {
          '7fc4d7c0-464f-4029-a9bb-55856d0c5247': account(context).fills.reduce(
            (sum, fill) => sum + fill.size * fill.price,
            0,
          ),
        },
      }),
  },
  {
    route: `GET ${V3}/leveragepreferences`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: (context) =>
      _success({
        leveragePreferences: [...account(context).leverage].map(([symbol, maxLeverage]) => ({ symbol, maxLeverage })),
      }),
  },
  {
    route: `PUT ${V3}/leveragepreferences`,
    auth: true,
    pool: 'derivatives',
    cost: ten,
    handler: ({ engine, account: owner, input }) => {
      if (_missing(input, 'symbol')) return _failure('requiredArgumentMissing')
      const market = engine.market.get(input.get('symbol') as string)
      const leverage = _number(input, 'maxLeverage')
      if (!market || (leverage !== undefined && !(leverage >= 1 && leverage <= 100))) return _failure('invalidArgument')
      // Omitting maxLeverage switches the symbol back to cross margin (python-kraken-sdk: "reset").
      if (leverage === undefined) (owner as FuturesAccount).leverage.delete(market.instrument.symbol)
      else (owner as FuturesAccount).leverage.set(market.instrument.symbol, leverage)
      return _success()
    },
  },
  {
    route: `GET ${V3}/pnlpreferences`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: (context) =>
      _success({
        preferences: [...account(context).pnlCurrency].map(([symbol, pnlCurrency]) => ({ symbol, pnlCurrency })),
      }),
  },
  {
    route: `PUT ${V3}/pnlpreferences`,
    auth: true,
    pool: 'derivatives',
    cost: ten,
    handler: ({ engine, account: owner, input }) => {
      if (_missing(input, 'symbol', 'pnlPreference')) return _failure('requiredArgumentMissing')
      const market = engine.market.get(input.get('symbol') as string)
      if (!market) return _failure('invalidArgument')
      ;(owner as FuturesAccount).pnlCurrency.set(
        market.instrument.symbol,
        (input.get('pnlPreference') as string).toUpperCase(),
      )
      return _success()
    },
  },
  {
    route: `GET ${V3}/subaccounts`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: (context) =>
      _success({
        masterAccountUid: account(context).uid,
        subaccounts: account(context).subaccounts.map((sub) => ({
          accountUid: sub.uid,
          email: `sub-${sub.uid.slice(0, 8)}@kraken-sim.invalid`,
          fullName: null,
          holdingAccounts: [...sub.wallets].map(([currency, amount]) => ({ currency: currency.toLowerCase(), amount })),
          futuresAccounts: [],
          flexAccount: { currencies: [], balanceValue: 0, portfolioValue: 0, collateralValue: 0, availableMargin: 0 },
        })),
      }),
  },
  {
    route: `GET ${V3}/subaccount/:subaccountUid/trading-enabled`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: ({ account: owner, params }) => {
      const sub = (owner as FuturesAccount).subaccounts.find((entry) => entry.uid === params.subaccountUid)
      return sub ? _success({ tradingEnabled: sub.tradingEnabled }) : _failure('notFound')
    },
  },
  {
    route: `PUT ${V3}/subaccount/:subaccountUid/trading-enabled`,
    auth: true,
    pool: 'derivatives',
    cost: two,
    handler: ({ account: owner, params, input }) => {
      if (_missing(input, 'tradingEnabled')) return _failure('requiredArgumentMissing')
      const value = input.get('tradingEnabled')
      if (value !== 'true' && value !== 'false') return _failure('invalidArgument')
      const sub = (owner as FuturesAccount).subaccounts.find((entry) => entry.uid === params.subaccountUid)
      if (!sub) return _failure('notFound')
      sub.tradingEnabled = value === 'true'
      return _success({ tradingEnabled: sub.tradingEnabled })
    },
  },
  {
    route: `POST ${V3}/transfer`,
    auth: true,
    pool: 'derivatives',
    cost: ten,
    handler: ({ engine, account: owner, input }) => {
      if (_missing(input, 'fromAccount', 'toAccount', 'unit', 'amount')) return _failure('requiredArgumentMissing')
      const amount = _number(input, 'amount') ?? Number.NaN
      if (!(amount > 0)) return _failure('invalidAmount')
      const error = engine.transfer(
        owner as FuturesAccount,
        input.get('fromAccount') as string,
        input.get('toAccount') as string,
        input.get('unit') as string,
        amount,
      )
      return error ? _failure(error) : _success()
    },
  },
  {
    route: `POST ${V3}/transfer/subaccount`,
    auth: true,
    pool: 'derivatives',
    cost: ten,
    handler: ({ engine, account: owner, input }) => {
      if (_missing(input, 'fromUser', 'toUser', 'fromAccount', 'toAccount', 'unit', 'amount'))
        return _failure('requiredArgumentMissing')
      const text = (name: string) => input.get(name) as string
      const error = engine.subaccountTransfer(owner as FuturesAccount, {
        fromUser: text('fromUser'),
        toUser: text('toUser'),
        fromAccount: text('fromAccount'),
        toAccount: text('toAccount'),
        unit: text('unit'),
        amount: _number(input, 'amount') ?? Number.NaN,
      })
      return error ? _failure(error) : _success()
    },
  },
  {
    route: `POST ${V3}/withdrawal`,
    auth: true,
    pool: 'derivatives',
    cost: () => 100,
    handler: ({ engine, account: owner, input, state }) => {
      if (_missing(input, 'currency', 'amount')) return _failure('requiredArgumentMissing')
      const error = engine.withdrawToSpot(
        owner as FuturesAccount,
        input.get('currency') as string,
        _number(input, 'amount') ?? Number.NaN,
        input.get('sourceWallet') ?? 'cash',
      )
      if (error) return _failure(error)
      return _success({
        uid: `${state.seed.toString(16).padStart(8, '0')}-0d5e-48dd-b606-${Date.now().toString(16).padStart(12, '0').slice(-12)}`,
      })
    },
  },
]
