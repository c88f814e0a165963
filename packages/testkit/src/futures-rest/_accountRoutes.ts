import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import type { FuturesRoute } from './_FuturesRoute.js'
import { _failure, _success } from './_futuresReply.js'

const V3 = '/derivatives/api/v3'
const two = () => 2

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

/** Private account data: wallets, positions, open orders, fills, notifications, unwind queue, fee volumes. */
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
]
