import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import type { FuturesRoute } from './_FuturesRoute.js'
import { _failure, _missing, _number, _success } from './_futuresReply.js'

const V3 = '/derivatives/api/v3'
const two = () => 2
const ten = () => 10

function account(context: { account: FuturesAccount | undefined }): FuturesAccount {
  return context.account as FuturesAccount
}

/** Leverage and PnL-currency preferences (GET costs 2, PUT 10; PUT parameters arrive in the query). */
export const _preferenceRoutes: FuturesRoute[] = [
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
]
