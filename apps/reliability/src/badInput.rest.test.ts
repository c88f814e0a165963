import { KrakenValidationError } from '@k/errors'
import * as futures from '@k/futures-rest'
import * as spot from '@k/spot-rest'
import { type Simulator, startSimulator } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import fc from 'fast-check'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordFigures } from './internal/_recordFigures.js'

// Bad input: fast-check feeds random INVALID parameters to every public method of @k/spot-rest (its endpoint
// table plus helpers) and @k/futures-rest (its endpoint table). "Invalid" is decided by the method's own exported
// valibot schema (or: not one object at all). Every call must reject with KrakenValidationError, and the simulator
// must receive nothing (its request log, which records before any check, stays unchanged).

const ACCOUNT = {
  key: 'reliability-bad-input',
  secret: Buffer.from('bad input secret').toString('base64'),
  futuresKey: 'reliability-bad-input-futures',
  futuresSecret: Buffer.from('bad input futures secret').toString('base64'),
}
const RUNS = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 150)

type Method = {
  name: string
  /** `null` is read as "no parameters" (spot-rest namespaces: `parameters ?? {}`), so it is not invalid there. */
  nullMeansNone?: boolean
  call: (parameters: unknown) => Promise<unknown>
  schema: v.GenericSchema
}

let sim: Simulator
let spotClient: spot.SpotClient
let futuresClient: futures.FuturesClient
const figures = {
  spotMethods: 0,
  futuresMethods: 0,
  spotNamespaceMethods: 0,
  futuresNamespaceMethods: 0,
  validationCases: 0,
  requestsSent: 0,
}

beforeAll(async () => {
  sim = await startSimulator({ seed: 4, accounts: [ACCOUNT] })
  spotClient = new spot.SpotClient({ baseUrl: sim.url, key: ACCOUNT.key, secret: ACCOUNT.secret })
  futuresClient = futures.createFuturesClient({
    baseUrl: sim.futuresUrl,
    key: ACCOUNT.futuresKey,
    secret: ACCOUNT.futuresSecret,
  })
})

afterAll(async () => {
  await sim.close()
  recordFigures('badInputRest', figures)
})

const capitalize = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`

/** Every method of a package's table, with its function and exported schema (a missing one fails the test). */
function methods(api: Record<string, unknown>, names: string[], client: () => unknown): Method[] {
  return names.map((name) => {
    const fn = api[name]
    const schema = api[`${capitalize(name)}ParametersSchema`]
    if (typeof fn !== 'function') throw new Error(`${name} is in the endpoint table but not exported`)
    if (schema === undefined) throw new Error(`${capitalize(name)}ParametersSchema is not exported`)
    return {
      name,
      call: (parameters) => (fn as (client: unknown, parameters: unknown) => Promise<unknown>)(client(), parameters),
      schema: schema as v.GenericSchema,
    }
  })
}

/** The field names a schema knows (object schemas, possibly inside pipes, unions or variants). */
function fieldNames(schema: unknown, depth = 0): string[] {
  if (depth > 4 || typeof schema !== 'object' || schema === null) return []
  const node = schema as { entries?: Record<string, unknown>; options?: unknown[]; pipe?: unknown[]; wrapped?: unknown }
  const names = new Set<string>(Object.keys(node.entries ?? {}))
  for (const option of node.options ?? []) for (const name of fieldNames(option, depth + 1)) names.add(name)
  for (const step of node.pipe ?? [])
    if (step !== schema) for (const name of fieldNames(step, depth + 1)) names.add(name)
  if (node.wrapped) for (const name of fieldNames(node.wrapped, depth + 1)) names.add(name)
  return [...names]
}

/** Wrong-typed, out-of-range, malformed and hostile values. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
  fc.constantFrom('', ' ', '-1', '1e9999', 'NaN', 'Infinity', '0x10', '1,5', '١٢٣', '\u0000', 'a'.repeat(10_000)),
  fc.constantFrom(-1, 0, 1.5, 2 ** 53, -(2 ** 31), Number.NaN, Number.POSITIVE_INFINITY, -0),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
)

/** Not one object of parameters at all. */
const notAnObject = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.bigInt(),
)

function parametersFor(schema: v.GenericSchema): fc.Arbitrary<unknown> {
  const names = fieldNames(schema)
  const keys = fc.constantFrom(...names, 'bogus_field', 'nonce', '__proto__', 'constructor')
  return fc.oneof(
    { weight: 1, arbitrary: notAnObject },
    { weight: 3, arbitrary: fc.dictionary(keys, junk, { minKeys: 1, maxKeys: 4 }) },
  )
}

/** Invalid for the method: not one plain object, or an object its schema rejects. */
function isInvalid(method: Method, parameters: unknown): boolean {
  const { schema } = method
  if (parameters === null && method.nullMeansNone) return false
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) return true
  return !v.safeParse(schema, parameters).success
}

async function fuzz(list: Method[]): Promise<number> {
  let cases = 0
  const before = await simRequestCount(sim, undefined)
  for (const method of list) {
    await fc.assert(
      fc.asyncProperty(parametersFor(method.schema), async (parameters) => {
        fc.pre(isInvalid(method, parameters))
        cases++
        let error: unknown
        try {
          await method.call(parameters)
        } catch (caught) {
          error = caught
        }
        if (!(error instanceof KrakenValidationError)) {
          throw new Error(`${method.name}(${safeText(parameters)}) did not throw KrakenValidationError: ${error}`)
        }
      }),
      { numRuns: RUNS, seed: 20261122, endOnFailure: true },
    )
  }
  const sent = (await simRequestCount(sim, undefined)) - before
  figures.requestsSent += sent
  expect(sent).toBe(0)
  return cases
}

/**
 * Every method of the python-style namespace classes, bound to one client; the schema comes from the method name or,
 * for an alias (`getOhlcv`), from the endpoint row that lists it.
 */
function namespaceMethods(
  api: Record<string, unknown>,
  table: Record<string, { aliases?: readonly string[] }>,
  instances: Record<string, object>,
  nullMeansNone = false,
): Method[] {
  const list: Method[] = []
  for (const [namespace, instance] of Object.entries(instances)) {
    const prototype = Object.getPrototypeOf(instance) as object
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const fn = (instance as Record<string, unknown>)[name]
      // `request` is the generic escape hatch (any path, Kraken validates) and `clearTruncateCache` takes nothing;
      // every other method is an action.
      if (['constructor', 'request', 'clearTruncateCache'].includes(name) || typeof fn !== 'function') continue
      const canonical =
        `${capitalize(name)}ParametersSchema` in api
          ? name
          : Object.entries(table).find(([, row]) => row.aliases?.includes(name))?.[0]
      const schema = canonical === undefined ? undefined : api[`${capitalize(canonical)}ParametersSchema`]
      if (schema === undefined) throw new Error(`${namespace}.${name} has no parameters schema`)
      list.push({
        name: `${namespace}.${name}`,
        nullMeansNone,
        call: (parameters) => (fn as (parameters: unknown) => Promise<unknown>).call(instance, parameters),
        schema: schema as v.GenericSchema,
      })
    }
  }
  return list
}

function safeText(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? `${item}n` : item))?.slice(0, 200) ?? ''
  } catch {
    return String(value)
  }
}

describe('random invalid parameters → KrakenValidationError, nothing sent', () => {
  it('@k/spot-rest: every method of the endpoint table and the helpers', async () => {
    const names = [...Object.keys(spot.spotEndpoints), ...Object.keys(spot.spotHelpers)]
    const list = methods(spot as unknown as Record<string, unknown>, names, () => spotClient)
    expect(list.length).toBeGreaterThanOrEqual(54)
    figures.spotMethods = list.length
    figures.validationCases += await fuzz(list)
  }, 60_000)

  it('@k/futures-rest: every method of the endpoint table', async () => {
    const names = Object.keys(futures.futuresEndpoints)
    const list = methods(futures as unknown as Record<string, unknown>, names, () => futuresClient)
    expect(list.length).toBeGreaterThanOrEqual(64)
    figures.futuresMethods = list.length
    figures.validationCases += await fuzz(list)
  }, 60_000)

  it('@k/spot-rest: every method of the namespaces (Market, User, Trade, Funding, Earn)', async () => {
    const instances = {
      Market: new spot.Market(spotClient),
      User: new spot.User(spotClient),
      Trade: new spot.Trade(spotClient),
      Funding: new spot.Funding(spotClient),
      Earn: new spot.Earn(spotClient),
    }
    const table = { ...spot.spotEndpoints, ...spot.spotHelpers } as Record<string, { aliases?: readonly string[] }>
    const list = namespaceMethods(spot as unknown as Record<string, unknown>, table, instances, true)
    expect(list.length).toBeGreaterThanOrEqual(56)
    figures.spotNamespaceMethods = list.length
    figures.validationCases += await fuzz(list)
  }, 60_000)

  it('@k/futures-rest: every method of the namespaces (Market, User, Trade, Funding)', async () => {
    const instances = {
      Market: new futures.Market(futuresClient),
      User: new futures.User(futuresClient),
      Trade: new futures.Trade(futuresClient),
      Funding: new futures.Funding(futuresClient),
    }
    const table = futures.futuresEndpoints as Record<string, { aliases?: readonly string[] }>
    const list = namespaceMethods(futures as unknown as Record<string, unknown>, table, instances)
    expect(list.length).toBeGreaterThanOrEqual(64)
    figures.futuresNamespaceMethods = list.length
    figures.validationCases += await fuzz(list)
  }, 60_000)
})
