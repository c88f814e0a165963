import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parse } from 'yaml'
import * as actions from './actions/index.js'
import { futuresEndpoints } from './endpoints.js'
import { Funding } from './namespaces/Funding.js'
import { Market } from './namespaces/Market.js'
import { Trade } from './namespaces/Trade.js'
import { User } from './namespaces/User.js'

const SPEC = new URL('../../../../shared/kraken-api-specs/futures-rest/', import.meta.url)
const FILES = [
  'trading/public.yml',
  'history/api-public.yml',
  'charts/api-public.yml',
  'auth/api-public.yml',
  'stats/public.yml',
]

/** Every operation of Kraken's Futures spec: `METHOD /full/path` and its operationId. */
function specOperations(): Array<{ operationId: string; route: string }> {
  const operations: Array<{ operationId: string; route: string }> = []
  for (const file of FILES) {
    const document = parse(readFileSync(new URL(file, SPEC), 'utf8')) as {
      servers: Array<{ url: string }>
      paths: Record<string, Record<string, { operationId: string }>>
    }
    const base = new URL(document.servers[0]?.url ?? '').pathname
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'delete'].includes(method)) continue
        operations.push({ operationId: operation.operationId, route: `${method.toUpperCase()} ${base}${path}` })
      }
    }
  }
  return operations
}

test('the spec has 64 operations and every one has a row, an action and a namespace method', () => {
  const operations = specOperations()
  expect(operations).toHaveLength(64)
  const rows = Object.entries(futuresEndpoints)
  const namespaces = {
    Market: Market.prototype,
    User: User.prototype,
    Trade: Trade.prototype,
    Funding: Funding.prototype,
  }
  const missing: string[] = []
  for (const operation of operations) {
    const row = rows.find(([, spec]) => spec.operationId === operation.operationId)
    if (!row) {
      missing.push(operation.operationId)
      continue
    }
    const [name, spec] = row
    expect(spec.route, operation.operationId).toBe(operation.route)
    expect(typeof (actions as Record<string, unknown>)[name], name).toBe('function')
    expect(
      typeof (namespaces[spec.namespace] as unknown as Record<string, unknown>)[name],
      `${spec.namespace}.${name}`,
    ).toBe('function')
  }
  expect(missing).toEqual([])
  expect(rows).toHaveLength(64)
})

const PYTHON_METHODS = {
  User: [
    'get_wallets',
    'get_open_positions',
    'get_open_orders',
    'get_subaccounts',
    'get_unwind_queue',
    'get_notifications',
    'get_account_log',
    'get_account_log_csv',
    'get_execution_events',
    'get_order_events',
    'get_trigger_events',
    'check_trading_enabled_on_subaccount',
    'set_trading_on_subaccount',
  ],
  Market: [
    'get_ohlc',
    'get_tick_types',
    'get_tradeable_products',
    'get_resolutions',
    'get_fee_schedules',
    'get_fee_schedules_vol',
    'get_orderbook',
    'get_tickers',
    'get_instruments',
    'get_instruments_status',
    'get_trade_history',
    'get_historical_funding_rates',
    'get_leverage_preference',
    'set_leverage_preference',
    'get_pnl_preference',
    'set_pnl_preference',
    'get_public_execution_events',
    'get_public_order_events',
    'get_public_mark_price_events',
  ],
  Trade: [
    'create_order',
    'create_batch_order',
    'edit_order',
    'cancel_order',
    'cancel_all_orders',
    'dead_mans_switch',
    'get_fills',
    'get_orders_status',
  ],
  Funding: [
    'get_historical_funding_rates',
    'initiate_wallet_transfer',
    'initiate_subaccount_transfer',
    'initiate_withdrawal_to_spot_wallet',
  ],
} as const

test('all 44 python-kraken-sdk Futures methods exist in camelCase on the same namespace, plus the seed aliases', () => {
  const namespaces = {
    Market: Market.prototype,
    User: User.prototype,
    Trade: Trade.prototype,
    Funding: Funding.prototype,
  }
  let count = 0
  for (const [namespace, methods] of Object.entries(PYTHON_METHODS)) {
    for (const method of methods) {
      const camel = method.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
      expect(
        typeof (namespaces[namespace as keyof typeof namespaces] as unknown as Record<string, unknown>)[camel],
        `${namespace}.${camel}`,
      ).toBe('function')
      count++
    }
  }
  expect(count).toBe(44)
  expect(typeof Market.prototype.getOhlcv).toBe('function')
  expect(typeof Trade.prototype.cancelAllOrdersAfter).toBe('function')
})
