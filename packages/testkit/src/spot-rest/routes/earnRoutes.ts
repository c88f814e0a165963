import { getSpotEngine } from '../../spot-engine/getSpotEngine.js'
import { SimKrakenError } from '../../spot-engine/SimKrakenError.js'
import { findAsset } from '../../spot-market/pairs.js'
import { _accountExtras } from '../internal/_accountExtras.js'
import { _flag, _number, _required, _text } from '../internal/_params.js'
import type { SpotPrivateRoute } from '../internal/_route.js'
import { _valueIn } from './userRoutes.js'

/** The simulator's earn strategies (ids in Kraken's format). */
export const EARN_STRATEGIES = [
  {
    id: 'ESRFUO3-Q62XD-WIOIL7',
    asset: 'XETH',
    lock_type: { type: 'bonded', payout_frequency: 604800, bonding_period: 0, unbonding_period: 604800 },
    apr: ['2.5000', '3.5000'],
    min: '0.01',
    yield: 'staking',
  },
  {
    id: 'ESDQCOL-WTZEU-NU55QF',
    asset: 'XXBT',
    lock_type: { type: 'flex', payout_frequency: 604800 },
    apr: ['0.1000', '0.2500'],
    min: '0.0001',
    yield: 'opt_in_rewards',
  },
  {
    id: 'ESMWVX6-JAPVY-23L3CH',
    asset: 'USDT',
    lock_type: { type: 'instant', payout_frequency: 604800 },
    apr: ['4.0000', '5.5000'],
    min: '1',
    yield: 'opt_in_rewards',
  },
] as const

function strategy(params: Record<string, unknown>) {
  const id = _required(params, 'strategy_id')
  const found = EARN_STRATEGIES.find((item) => item.id === id)
  if (!found) throw new SimKrakenError('EEarnings:Invalid argument:strategy_id')
  return found
}

function amount(params: Record<string, unknown>): number {
  const value = _number(params, 'amount')
  if (value === undefined || value <= 0) throw new SimKrakenError('EGeneral:Invalid arguments:amount')
  return value
}

const earn = (handler: SpotPrivateRoute['handler']): SpotPrivateRoute => ({ permission: 'earn', handler })

/** Earn: strategies, allocations, allocate/deallocate (completed immediately, so status is never pending). */
export const earnRoutes: Record<string, SpotPrivateRoute> = {
  'Earn/Strategies': earn(({ params }) => {
    const wanted = _text(params.asset)
    const items = EARN_STRATEGIES.filter((item) => wanted === undefined || findAsset(wanted)?.name === item.asset).map(
      (item) => ({
        id: item.id,
        asset: findAsset(item.asset)?.altname ?? item.asset,
        lock_type: item.lock_type,
        apr_estimate: { low: item.apr[0], high: item.apr[1] },
        user_min_allocation: item.min,
        allocation_fee: '0.0000',
        deallocation_fee: '0.0000',
        auto_compound: { type: 'enabled' },
        yield_source: { type: item.yield },
        can_allocate: true,
        can_deallocate: true,
        allocation_restriction_info: [],
      }),
    )
    return { next_cursor: null, items: _flag(params.ascending) ? items : items.slice().reverse() }
  }),
  'Earn/Allocations': earn(({ state, key, params }) => {
    const converted = findAsset(_text(params.converted_asset) ?? 'USD')?.name ?? 'ZUSD'
    const extras = _accountExtras(state, key)
    let total = 0
    const items = EARN_STRATEGIES.filter(
      (item) => !_flag(params.hide_zero_allocations) || (extras.allocations.get(item.id) ?? 0) > 0,
    ).map((item) => {
      const native = extras.allocations.get(item.id) ?? 0
      const value = _valueIn(state, item.asset, native, converted)
      total += value
      return {
        strategy_id: item.id,
        native_asset: findAsset(item.asset)?.altname ?? item.asset,
        amount_allocated: { total: { native: native.toFixed(10), converted: value.toFixed(4) } },
        total_rewarded: { native: '0', converted: '0.0000' },
      }
    })
    return {
      converted_asset: findAsset(converted)?.altname ?? 'USD',
      total_allocated: total.toFixed(4),
      total_rewarded: '0.0000',
      next_cursor: null,
      items,
    }
  }),
  'Earn/Allocate': earn(({ state, key, params }) => {
    const item = strategy(params)
    const value = amount(params)
    if (value < Number(item.min))
      throw new SimKrakenError('EEarnings:Below min:(De)allocation operation amount less than minimum')
    const engine = getSpotEngine(state)
    const free = Number(engine.balances(key)[item.asset] ?? 0) - (engine.holds(key).get(item.asset) ?? 0)
    if (value > free + 1e-12) throw new SimKrakenError('EEarnings:Insufficient funds:Insufficient funds to allocate')
    engine.adjustBalance(key, item.asset, -value, 'earn', engine.newId('E'))
    const extras = _accountExtras(state, key)
    extras.allocations.set(item.id, (extras.allocations.get(item.id) ?? 0) + value)
    return true
  }),
  'Earn/Deallocate': earn(({ state, key, params }) => {
    const item = strategy(params)
    const value = amount(params)
    const extras = _accountExtras(state, key)
    const allocated = extras.allocations.get(item.id) ?? 0
    if (value > allocated + 1e-12)
      throw new SimKrakenError('EEarnings:Insufficient funds:Insufficient funds to deallocate')
    extras.allocations.set(item.id, allocated - value)
    const engine = getSpotEngine(state)
    engine.adjustBalance(key, item.asset, value, 'earn', engine.newId('E'))
    return true
  }),
  'Earn/AllocateStatus': earn(({ params }) => {
    strategy(params)
    return { pending: false }
  }),
  'Earn/DeallocateStatus': earn(({ params }) => {
    strategy(params)
    return { pending: false }
  }),
}
