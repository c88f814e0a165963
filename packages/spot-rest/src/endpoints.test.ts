import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import pythonMethods from './__fixtures__/python-spot-methods.json' with { type: 'json' }
import operationsCopy from './__fixtures__/spot-rest-operations.json' with { type: 'json' }
import { spotEndpoints, spotHelpers } from './endpoints.js'
import { Earn } from './namespaces/Earn.js'
import { Funding } from './namespaces/Funding.js'
import { Market } from './namespaces/Market.js'
import { Trade } from './namespaces/Trade.js'
import { User } from './namespaces/User.js'

const SPEC = fileURLToPath(new URL('../../../../shared/kraken-api-specs/spot-rest/openapi_v3.yaml', import.meta.url))
const classes = { Market, User, Trade, Funding, Earn } as const
const camel = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())

// The official spec (kraken-api-specs/spot-rest) when the shared checkout is there; else the committed copy of its
// operation list (a test below keeps the copy equal to the spec).
function specOperations(): Array<{ route: string; operationId: string }> {
  if (!existsSync(SPEC)) return operationsCopy
  const spec = parse(readFileSync(SPEC, 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> }
  const operations: Array<{ route: string; operationId: string }> = []
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (operation?.operationId)
        operations.push({ route: `${method.toUpperCase()} /0${path}`, operationId: operation.operationId })
    }
  }
  return operations
}

describe('coverage of the official spec', () => {
  const operations = specOperations()

  it('reads all 54 operations of the Spot REST spec', () => {
    expect(operations).toHaveLength(54)
  })

  it('keeps __fixtures__/spot-rest-operations.json equal to the spec', () => {
    expect(operationsCopy).toEqual(operations)
  })

  it.each(operations)('$operationId ($route) has a row and a namespace method', ({ route }) => {
    const rows = Object.entries(spotEndpoints).filter(([, spec]) => spec.route === route)
    expect(rows, `no endpoint row for ${route}`).toHaveLength(1)
    const [name, spec] = rows[0]!
    const instance = new classes[spec.namespace]({})
    expect(typeof (instance as unknown as Record<string, unknown>)[name]).toBe('function')
  })

  it('has no row that the spec does not know', () => {
    const routes = new Set(operations.map((operation) => operation.route))
    expect(Object.values(spotEndpoints).filter((spec) => !routes.has(spec.route))).toEqual([])
  })
})

describe('coverage of python-kraken-sdk', () => {
  const entries = Object.entries(pythonMethods as Record<keyof typeof classes, string[]>).flatMap(
    ([namespace, names]) => names.map((name) => ({ namespace: namespace as keyof typeof classes, name })),
  )

  it('lists the 53 Spot methods plus the get_ohlcv alias', () => {
    expect(entries).toHaveLength(54)
  })

  it.each(entries)('$namespace.$name exists as camelCase', ({ namespace, name }) => {
    const instance = new classes[namespace]({}) as unknown as Record<string, unknown>
    expect(typeof instance[camel(name)]).toBe('function')
  })

  it('records each python name in the endpoint table or the helper list', () => {
    const recorded = new Set<string | null>(
      [...Object.values(spotEndpoints), ...Object.values(spotHelpers)].map((row) => row.python),
    )
    const missing = entries.filter(({ name }) => name !== 'get_ohlcv' && !recorded.has(name))
    expect(missing).toEqual([])
  })

  it('declares the seed alias getOhlcv on getOhlc', () => {
    expect(spotEndpoints.getOhlc.aliases).toEqual(['getOhlcv'])
  })
})
