import { getSpotEngine } from '../../spot-engine/getSpotEngine.js'
import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import { findAsset, type SimAsset } from '../../spot-market/pairs.js'
import { _accountExtras, _address, FUNDING_METHODS, type FundingRecord } from '../internal/_accountExtras.js'
import { _flag, _number, _required, _text } from '../internal/_params.js'
import type { SpotPrivateRoute } from '../internal/_route.js'

function asset(params: Record<string, unknown>, optional = false): SimAsset | undefined {
  const name = optional ? _text(params.asset) : _required(params, 'asset')
  if (name === undefined) return undefined
  const found = findAsset(name)
  if (!found) throw new SimKrakenError('EFunding:Invalid asset')
  return found
}

const withdrawKey = (assetName: string) => `${(findAsset(assetName)?.altname ?? assetName).toLowerCase()}-wallet-1`

function available(
  params: { state: Parameters<SpotPrivateRoute['handler']>[0]['state']; key: string },
  assetName: string,
): number {
  const engine = getSpotEngine(params.state)
  const balance = Number(engine.balances(params.key)[assetName] ?? 0)
  return balance - (engine.holds(params.key).get(assetName) ?? 0)
}

function statusList(records: FundingRecord[], params: Record<string, unknown>): FundingRecord[] {
  const wanted = asset(params, true)
  const method = _text(params.method)
  return records.filter(
    (record) => (!wanted || record.asset === wanted.name) && (method === undefined || record.method === method),
  )
}

const funding = (handler: SpotPrivateRoute['handler']): SpotPrivateRoute => ({ permission: 'funding', handler })

/** Funding: deposit/withdraw methods, addresses, status, withdrawals, wallet transfer. */
export const fundingRoutes: Record<string, SpotPrivateRoute> = {
  DepositMethods: funding(({ params }) => {
    const found = asset(params) as SimAsset
    const method = FUNDING_METHODS[found.name]
    if (!method) return []
    return [
      {
        method: method.method,
        limit: false,
        fee: method.fee,
        ...(found.aclass === 'currency' && !found.name.startsWith('Z') ? { 'gen-address': true } : {}),
        minimum: method.minimum,
      },
    ]
  }),
  DepositAddresses: funding(({ key, params }) => {
    const found = asset(params) as SimAsset
    const method = _required(params, 'method')
    if (FUNDING_METHODS[found.name]?.method !== method) throw new SimKrakenError('EFunding:Invalid method')
    const fresh = _flag(params.new)
    return [0, 1].map((index) => ({
      address: _address(key, found.name, fresh ? index + 2 : index),
      expiretm: '0',
      ...(fresh ? { new: true } : {}),
    }))
  }),
  DepositStatus: funding(({ state, key, params }) => statusList(_accountExtras(state, key).deposits, params)),
  WithdrawMethods: funding(({ params }) => {
    const found = asset(params, true)
    return Object.entries(FUNDING_METHODS)
      .filter(([name]) => !found || name === found.name)
      .map(([name, method]) => ({
        asset: name,
        method: method.method,
        network: method.network,
        minimum: method.minimum,
      }))
  }),
  WithdrawAddresses: funding(({ key, params }) => {
    const found = asset(params, true)
    return Object.entries(FUNDING_METHODS)
      .filter(([name]) => (!found || name === found.name) && !name.startsWith('Z'))
      .map(([name, method]) => ({
        address: _address(key, name, 7),
        asset: findAsset(name)?.altname ?? name,
        method: method.method,
        key: withdrawKey(name),
        verified: true,
      }))
  }),
  WithdrawInfo: funding(({ state, key, params }) => {
    const found = asset(params) as SimAsset
    const method = FUNDING_METHODS[found.name]
    if (!method || _required(params, 'key') !== withdrawKey(found.name))
      throw new SimKrakenError('EFunding:Unknown withdraw key')
    const amount = _number(params, 'amount') ?? 0
    return {
      method: method.method,
      limit: available({ state, key }, found.name).toFixed(8),
      amount: amount.toFixed(8),
      fee: method.withdrawFee,
    }
  }),
  Withdraw: funding(({ state, key, params }) => {
    const found = asset(params) as SimAsset
    const method = FUNDING_METHODS[found.name]
    if (!method || _required(params, 'key') !== withdrawKey(found.name))
      throw new SimKrakenError('EFunding:Unknown withdraw key')
    const amount = _number(params, 'amount')
    if (amount === undefined || amount <= 0) throw new SimKrakenError('EGeneral:Invalid arguments:amount')
    const fee = Number(method.withdrawFee)
    if (amount < Number(method.minimum)) throw new SimKrakenError('EFunding:Too small withdraw amount')
    if (amount + fee > available({ state, key }, found.name) + 1e-12)
      throw new SimKrakenError('EFunding:Insufficient funds')
    const engine = getSpotEngine(state)
    const refid = engine.newId('F')
    engine.adjustBalance(key, found.name, -amount, 'withdrawal', refid, fee)
    _accountExtras(state, key).withdrawals.push({
      method: method.method,
      aclass: found.aclass,
      asset: found.name,
      refid,
      txid: '',
      info: _address(key, found.name, 7),
      amount: amount.toFixed(8),
      fee: method.withdrawFee,
      time: Math.floor(Date.now() / 1000),
      status: 'Pending',
      key: withdrawKey(found.name),
    })
    return { refid }
  }),
  WithdrawStatus: funding(({ state, key, params }) => statusList(_accountExtras(state, key).withdrawals, params)),
  WithdrawCancel: funding(({ state, key, params }) => {
    const found = asset(params) as SimAsset
    const refid = _required(params, 'refid')
    const record = _accountExtras(state, key).withdrawals.find(
      (item) => item.refid === refid && item.asset === found.name,
    )
    if (record?.status !== 'Pending') throw new SimKrakenError('EFunding:Unknown reference id')
    record.status = 'Failure'
    record['status-prop'] = 'canceled'
    getSpotEngine(state).adjustBalance(key, found.name, Number(record.amount) + Number(record.fee), 'withdrawal', refid)
    return true
  }),
  WalletTransfer: funding(({ state, key, params }) => {
    const found = asset(params) as SimAsset
    const from = _required(params, 'from')
    const to = _required(params, 'to')
    // Kraken only supports Spot → Futures here.
    if (from !== 'Spot Wallet' || to !== 'Futures Wallet') throw new SimKrakenError('EGeneral:Invalid arguments:to')
    const amount = _number(params, 'amount')
    if (amount === undefined || amount <= 0) throw new SimKrakenError('EGeneral:Invalid arguments:amount')
    if (amount > available({ state, key }, found.name) + 1e-12) throw new SimKrakenError('EFunding:Insufficient funds')
    const engine = getSpotEngine(state)
    const refid = engine.newId('F')
    engine.adjustBalance(key, found.name, -amount, 'transfer', refid)
    return { refid }
  }),
}
