import { getSpotEngine } from '../../spot-engine/getSpotEngine.js'
import { findAsset } from '../../spot-market/pairs.js'
import type { SimState } from '../../state/SimState.js'

export type FundingRecord = {
  method: string
  aclass: string
  asset: string
  refid: string
  txid: string
  info: string
  amount: string
  fee: string
  time: number
  status: 'Success' | 'Settled' | 'Pending' | 'Failure'
  'status-prop'?: string
  key?: string
}

export type ExportRecord = {
  id: string
  descr: string
  format: 'CSV' | 'TSV'
  report: 'trades' | 'ledgers'
  fields: string
  createdtm: number
  starttm: number
  endtm: number
  status: 'Processed' | 'Deleted'
}

/** Funding, earn, sub-account and export state of one key (kept beside the engine's balances). */
export type AccountExtras = {
  deposits: FundingRecord[]
  withdrawals: FundingRecord[]
  allocations: Map<string, number>
  subaccounts: Array<{ username: string; email: string }>
  exports: Map<string, ExportRecord>
}

/** Deposit/withdraw methods per asset (names as Kraken writes them). */
export const FUNDING_METHODS: Record<
  string,
  { method: string; network: string; fee: string; minimum: string; withdrawFee: string }
> = {
  XXBT: {
    method: 'Bitcoin',
    network: 'Bitcoin',
    fee: '0.0000000000',
    minimum: '0.00010000',
    withdrawFee: '0.00020000',
  },
  XETH: {
    method: 'Ether (Hex)',
    network: 'Ethereum',
    fee: '0.0000000000',
    minimum: '0.00500000',
    withdrawFee: '0.00250000',
  },
  XXRP: {
    method: 'Ripple XRP',
    network: 'Ripple',
    fee: '0.00000000',
    minimum: '1.00000000',
    withdrawFee: '0.20000000',
  },
  XXDG: {
    method: 'Dogecoin',
    network: 'Dogecoin',
    fee: '0.00000000',
    minimum: '50.00000000',
    withdrawFee: '4.00000000',
  },
  USDT: {
    method: 'Tether USD (ERC20)',
    network: 'Ethereum',
    fee: '0.00000000',
    minimum: '5.00000000',
    withdrawFee: '2.50000000',
  },
  ZUSD: { method: 'Bank Frick (SWIFT)', network: 'SWIFT', fee: '0.0000', minimum: '10.0000', withdrawFee: '5.0000' },
  ZEUR: { method: 'SEPA (Instant)', network: 'SEPA', fee: '0.0000', minimum: '1.0000', withdrawFee: '0.0900' },
}

/** A deterministic fake address for a key/asset (never a real one). */
export function _address(key: string, asset: string, index: number): string {
  let hash = 2166136261
  for (const char of `${key}/${asset}/${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0
  const hex = hash.toString(16).padStart(8, '0').repeat(5)
  if (asset === 'XETH' || asset === 'USDT') return `0x${hex}`
  if (asset === 'XXRP') return `rSimulator${hex.slice(0, 24)}`
  return `bc1qsim${hex.slice(0, 32)}`
}

/** The extras of a key; the first call records one settled deposit per initial balance (plausible history). */
export function _accountExtras(state: SimState, key: string): AccountExtras {
  const all = state.domain('spot-account-extras', () => new Map<string, AccountExtras>())
  let extras = all.get(key)
  if (!extras) {
    extras = { deposits: [], withdrawals: [], allocations: new Map(), subaccounts: [], exports: new Map() }
    const engine = getSpotEngine(state)
    const created = Math.floor(Date.now() / 1000) - 86_400
    for (const [asset, amount] of Object.entries(state.accounts.get(key)?.balances ?? {})) {
      const name = findAsset(asset)?.name ?? asset
      const method = FUNDING_METHODS[name]
      extras.deposits.push({
        method: method?.method ?? 'Simulator',
        aclass: findAsset(name)?.aclass ?? 'currency',
        asset: name,
        refid: engine.newId('F'),
        txid: _address(key, name, 99),
        info: _address(key, name, 0),
        amount,
        fee: '0.0000000000',
        time: created,
        status: 'Success',
      })
    }
    all.set(key, extras)
  }
  return extras
}
