import { KrakenValidationError } from '@k/errors'
import {
  FuturesSubscribeParametersSchema,
  type WebSocketConstructor as FuturesWebSocket,
  FuturesWsClient,
} from '@k/futures-ws'
import * as spotWs from '@k/spot-ws'
import { type Simulator, startSimulator } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import fc from 'fast-check'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { recordFigures } from './internal/_recordFigures.js'

// Bad input for the WS clients' methods: random invalid parameters (decided by each method's exported valibot
// schema) to every trading method and subscribe/unsubscribe of SpotWsClient, and subscribe/unsubscribe of
// FuturesWsClient → KrakenValidationError, and not one frame written to the socket (counted by a WebSocket
// subclass) nor a token fetched.

const ACCOUNT = {
  key: 'reliability-ws-methods',
  secret: Buffer.from('ws methods secret').toString('base64'),
  futuresKey: 'reliability-ws-methods-futures',
  futuresSecret: Buffer.from('ws methods futures secret').toString('base64'),
}
const RUNS = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 150)

let framesSent = 0
/** `ws` with a counter on every frame the client writes. */
class CountingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    const send = this.send.bind(this) as (...rest: unknown[]) => void
    this.send = ((...rest: unknown[]) => {
      framesSent++
      send(...rest)
    }) as WebSocket['send']
  }
}

let sim: Simulator
const clients: Array<{ close(): Promise<void> }> = []
const figures = { methods: 0, validationCases: 0, framesSent: 0, tokenFetches: 0 }

beforeAll(async () => {
  sim = await startSimulator({ seed: 6, accounts: [ACCOUNT] })
})

afterAll(async () => {
  for (const client of clients) await client.close()
  await sim.close()
  recordFigures('badInputWsMethods', figures)
})

const junk = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
  fc.constantFrom('', '-1', '1e9999', 'NaN', '0x10', '2026-13-45T00:00:00Z', 'a'.repeat(5_000)),
  fc.constantFrom(-1, 0, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY),
  fc.string({ maxLength: 30 }),
)

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

function parametersFor(schema: v.GenericSchema): fc.Arbitrary<unknown> {
  const keys = fc.constantFrom(...fieldNames(schema), 'bogus_field', 'token', '__proto__')
  return fc.oneof(
    fc.oneof(
      fc.integer(),
      fc.string({ maxLength: 10 }),
      fc.boolean(),
      fc.constant(null),
      fc.array(junk, { maxLength: 2 }),
    ),
    fc.dictionary(keys, junk, { minKeys: 1, maxKeys: 4 }),
  )
}

async function fuzz(name: string, schema: v.GenericSchema, call: (parameters: unknown) => Promise<unknown>) {
  let cases = 0
  await fc.assert(
    fc.asyncProperty(parametersFor(schema), async (parameters) => {
      const isObject = typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters)
      fc.pre(!isObject || !v.safeParse(schema, parameters).success)
      cases++
      const error = await call(parameters).then(
        () => undefined,
        (caught: unknown) => caught,
      )
      if (!(error instanceof KrakenValidationError)) {
        throw new Error(
          `${name}(${JSON.stringify(parameters)?.slice(0, 200)}) did not throw KrakenValidationError: ${error}`,
        )
      }
    }),
    { numRuns: RUNS, seed: 20261122, endOnFailure: true },
  )
  return cases
}

describe('random invalid parameters to every WS client method → KrakenValidationError, nothing written', () => {
  it('SpotWsClient: subscribe, unsubscribe and every trading method', async () => {
    const client = new spotWs.SpotWsClient({
      key: ACCOUNT.key,
      secret: ACCOUNT.secret,
      url: sim.wsUrl,
      authUrl: sim.authWsUrl,
      restUrl: sim.url,
      WebSocket: CountingWebSocket as unknown as spotWs.WebSocketConstructor,
      pingInterval: 60_000,
    })
    clients.push(client)
    await client.connect()
    const tokens = await simRequestCount(sim, ACCOUNT.key, 'POST /0/private/GetWebSocketsToken')
    const before = framesSent
    const table: Array<[string, v.GenericSchema, (parameters: never) => Promise<unknown>]> = [
      ['subscribe', spotWs.SubscribeParametersSchema, (p) => client.subscribe(p)],
      ['unsubscribe', spotWs.SubscribeParametersSchema, (p) => client.unsubscribe(p)],
      ['addOrder', spotWs.AddOrderParametersSchema, (p) => client.addOrder(p)],
      ['amendOrder', spotWs.AmendOrderParametersSchema, (p) => client.amendOrder(p)],
      ['editOrder', spotWs.EditOrderParametersSchema, (p) => client.editOrder(p)],
      ['cancelOrder', spotWs.CancelOrderParametersSchema, (p) => client.cancelOrder(p)],
      ['cancelAllOrdersAfter', spotWs.CancelAllOrdersAfterParametersSchema, (p) => client.cancelAllOrdersAfter(p)],
      ['batchAdd', spotWs.BatchAddParametersSchema, (p) => client.batchAdd(p)],
      ['batchCancel', spotWs.BatchCancelParametersSchema, (p) => client.batchCancel(p)],
    ]
    for (const [name, schema, call] of table) {
      figures.validationCases += await fuzz(
        `SpotWsClient.${name}`,
        schema,
        call as (parameters: unknown) => Promise<unknown>,
      )
    }
    figures.methods += table.length
    const sent = framesSent - before
    const fetched = (await simRequestCount(sim, ACCOUNT.key, 'POST /0/private/GetWebSocketsToken')) - tokens
    figures.framesSent += sent
    figures.tokenFetches += fetched
    expect(sent).toBe(0)
    expect(fetched).toBe(0)
    // The counter does count: a valid call writes a frame.
    await client.subscribe({ channel: 'ticker', symbol: ['BTC/USD'] })
    expect(framesSent).toBeGreaterThan(before)
  }, 60_000)

  it('FuturesWsClient: subscribe and unsubscribe', async () => {
    const client = new FuturesWsClient({
      url: sim.futuresWsUrl,
      key: ACCOUNT.futuresKey,
      secret: ACCOUNT.futuresSecret,
      WebSocket: CountingWebSocket as unknown as FuturesWebSocket,
      pingInterval: 50_000,
    })
    clients.push(client)
    await client.connect()
    const before = framesSent
    const schema = FuturesSubscribeParametersSchema as v.GenericSchema
    figures.validationCases += await fuzz('FuturesWsClient.subscribe', schema, (p) => client.subscribe(p as never))
    figures.validationCases += await fuzz('FuturesWsClient.unsubscribe', schema, (p) => client.unsubscribe(p as never))
    figures.methods += 2
    const sent = framesSent - before
    figures.framesSent += sent
    expect(sent).toBe(0)
    await client.subscribe({ feed: 'ticker', product_ids: ['PF_XBTUSD'] })
    expect(framesSent).toBeGreaterThan(before)
  }, 60_000)
})
