import { _uuid } from './_random.js'
import type { FuturesAccount } from './FuturesAccount.js'

/** A fresh account: `futuresBalances` (`{ usd: '10000' }`) land in the flex wallet, plus an empty cash wallet. */
export function _createAccount(
  key: string,
  spotKey: string,
  balances: Record<string, string>,
  next: () => number,
): FuturesAccount {
  const flex = new Map<string, number>()
  for (const [currency, amount] of Object.entries(balances)) flex.set(currency.toUpperCase(), Number(amount))
  const account: FuturesAccount = {
    key,
    spotKey,
    uid: _uuid(next),
    wallets: new Map([
      ['flex', flex],
      ['cash', new Map<string, number>([['USD', 0]])],
    ]),
    orders: new Map(),
    fills: [],
    positions: new Map(),
    log: [],
    notifications: [
      {
        type: 'general',
        priority: 'low',
        note: 'Welcome to kraken-sim Futures.',
        effectiveTime: new Date().toISOString(),
      },
    ],
    leverage: new Map(),
    pnlCurrency: new Map(),
    subaccounts: [{ uid: _uuid(next), tradingEnabled: true, wallets: new Map([['USD', 0]]) }],
    selfTradeStrategy: 'REJECT_TAKER',
    assignments: [],
    history: { orders: [], executions: [], triggers: [], positions: [] },
    deadMan: { timer: undefined, triggerTime: 0 },
    positionList() {
      return [...account.positions].map(([symbol, position]) => ({
        symbol,
        side: position.size >= 0 ? ('long' as const) : ('short' as const),
        size: Math.abs(position.size),
        price: position.price,
        fillTime: position.fillTime,
      }))
    },
  }
  return account
}
