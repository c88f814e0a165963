import type { FuturesAccount } from '../futures-engine/FuturesAccount.js'
import type { FuturesRoute } from './_FuturesRoute.js'
import { _failure, _missing, _number, _success } from './_futuresReply.js'

const V3 = '/derivatives/api/v3'
const two = () => 2
const ten = () => 10

function account(context: { account: FuturesAccount | undefined }): FuturesAccount {
  return context.account as FuturesAccount
}

/** Subaccounts, their trading switch, wallet and subaccount transfers, withdrawals to Spot. */
export const _fundingRoutes: FuturesRoute[] = [
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
