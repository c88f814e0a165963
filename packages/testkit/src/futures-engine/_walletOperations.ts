import type { FuturesAccount } from './FuturesAccount.js'

/** Changes one wallet balance and records it (balance event and account log entry). */
export type _Credit = (account: FuturesAccount, wallet: string, currency: string, delta: number, info: string) => void

/** The body of `transfer/subaccount`. */
export type FuturesSubaccountTransfer = {
  fromUser: string
  toUser: string
  fromAccount: string
  toAccount: string
  unit: string
  amount: number
}

const UNIT = /^[A-Z]{2,6}$/

/** Moves `amount` of `unit` between two wallets of one account; returns Kraken's error code on failure. */
export function _transfer(
  credit: _Credit,
  account: FuturesAccount,
  fromAccount: string,
  toAccount: string,
  unit: string,
  amount: number,
): string | undefined {
  const from = account.wallets.get(fromAccount.toLowerCase())
  const to = account.wallets.get(toAccount.toLowerCase())
  if (!from || !to || fromAccount.toLowerCase() === toAccount.toLowerCase()) return 'invalidAccount'
  const currency = unit.toUpperCase()
  if (!UNIT.test(currency)) return 'invalidUnit'
  if (!(amount > 0) || (from.get(currency) ?? 0) < amount) return 'insufficientFunds'
  credit(account, fromAccount.toLowerCase(), currency, -amount, 'transfer')
  credit(account, toAccount.toLowerCase(), currency, amount, 'transfer')
  return undefined
}

/** Master ↔ subaccount transfer: each side is the master's uid (with its wallet name) or a subaccount uid. */
export function _subaccountTransfer(
  credit: _Credit,
  account: FuturesAccount,
  input: FuturesSubaccountTransfer,
): string | undefined {
  const currency = input.unit.toUpperCase()
  if (!UNIT.test(currency)) return 'invalidUnit'
  if (!(input.amount > 0)) return 'invalidAmount'
  const side = (user: string, walletName: string) => {
    if (user === account.uid) {
      const wallet = account.wallets.get(walletName.toLowerCase())
      return wallet ? { wallet, master: walletName.toLowerCase() } : undefined
    }
    const sub = account.subaccounts.find((entry) => entry.uid === user)
    return sub ? { wallet: sub.wallets, master: undefined } : undefined
  }
  const from = side(input.fromUser, input.fromAccount)
  const to = side(input.toUser, input.toAccount)
  if (!from || !to || input.fromUser === input.toUser) return 'invalidAccount'
  if ((from.wallet.get(currency) ?? 0) < input.amount) return 'insufficientFunds'
  // The master's wallets go through `credit` (balance event + account log); subaccount wallets are plain maps.
  if (from.master) credit(account, from.master, currency, -input.amount, 'subaccount transfer')
  else from.wallet.set(currency, (from.wallet.get(currency) ?? 0) - input.amount)
  if (to.master) credit(account, to.master, currency, input.amount, 'subaccount transfer')
  else to.wallet.set(currency, (to.wallet.get(currency) ?? 0) + input.amount)
  return undefined
}

/** Futures → Spot withdrawal: the amount leaves the futures wallet (`Unavailable` when it cannot). */
export function _withdrawToSpot(
  credit: _Credit,
  account: FuturesAccount,
  currency: string,
  amount: number,
  sourceWallet: string,
): string | undefined {
  const wallet = account.wallets.get(sourceWallet.toLowerCase())
  if (!wallet) return 'invalidAccount'
  if (!(amount > 0) || (wallet.get(currency.toUpperCase()) ?? 0) < amount) return 'Unavailable'
  credit(account, sourceWallet.toLowerCase(), currency.toUpperCase(), -amount, 'cross-exchange transfer')
  return undefined
}
