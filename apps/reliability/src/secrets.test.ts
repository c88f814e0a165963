import { inspect } from 'node:util'
import { toKrakenError } from '@k/errors'
import * as futuresRest from '@k/futures-rest'
import { FuturesWsClient } from '@k/futures-ws'
import { SpotOrderBookClient } from '@k/orderbook'
import { createNonce, signFuturesChallenge, signFuturesRequest, signSpotRequest } from '@k/signing'
import * as spotRest from '@k/spot-rest'
import { SpotWsClient } from '@k/spot-ws'
import { type Simulator, startSimulator } from '@k/testkit'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { recordFigures } from './internal/_recordFigures.js'

// Secrets: every package runs real scenarios (successes and failures of every kind) with a marker key and secret.
// Everything observable is captured — console.*, process.stdout/stderr writes, every error (message, stack,
// JSON.stringify, util.inspect with the cause chain) and every client object (JSON.stringify, util.inspect with
// hidden fields, String) — and none may contain a marker: the keys, the base64 secrets or their decoded text.

const SPOT_SECRET_TEXT = 'MARKERSECRET-spot-reliability-0123456789'
const FUTURES_SECRET_TEXT = 'MARKERSECRET-futures-reliability-9876543210'
const MARKED = {
  key: 'MARKERKEY-spot-reliability-0001',
  secret: Buffer.from(SPOT_SECRET_TEXT).toString('base64'),
  futuresKey: 'MARKERKEY-futures-reliability-0002',
  futuresSecret: Buffer.from(FUTURES_SECRET_TEXT).toString('base64'),
  balances: { ZUSD: '100000' },
  futuresBalances: { usd: '100000' },
}
// A known key whose secret the client gets wrong (signature failures), itself a marker.
const WRONG_SECRET = Buffer.from('MARKERSECRET-wrong-0000').toString('base64')
const MARKERS = [
  MARKED.key,
  MARKED.secret,
  SPOT_SECRET_TEXT,
  MARKED.futuresKey,
  MARKED.futuresSecret,
  FUTURES_SECRET_TEXT,
  WRONG_SECRET,
  'MARKERKEY',
  'MARKERSECRET',
  Buffer.from('MARKERSECRET').toString('base64').slice(0, 16),
]

let sim: Simulator
const output: string[] = []
const errors: unknown[] = []
const objects: Array<[string, unknown]> = []
const figures = { scenarios: 0, errorsChecked: 0, objectsChecked: 0, outputChunks: 0, leaks: 0 }

beforeAll(async () => {
  sim = await startSimulator({
    seed: 8,
    accounts: [MARKED, { key: 'reliability-secrets-other', secret: Buffer.from('other').toString('base64') }],
  })
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void output.push(inspect(args, { depth: 8 })))
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream)
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      output.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'))
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
    }) as typeof stream.write)
  }
})

afterAll(async () => {
  vi.restoreAllMocks()
  await sim.close()
  recordFigures('secrets', figures)
})

/** Runs a call that may fail; keeps the error (if any) for the leak check. */
async function attempt(scenario: string, call: () => unknown): Promise<void> {
  figures.scenarios++
  try {
    await call()
  } catch (error) {
    errors.push(error)
  }
  void scenario
}

function renderings(value: unknown): string[] {
  const texts = [
    inspect(value, { depth: 10, showHidden: true, getters: false }),
    inspect(value, { depth: 10 }),
    String(value),
  ]
  try {
    texts.push(JSON.stringify(value) ?? '')
  } catch (error) {
    texts.push(String(error))
  }
  if (value instanceof Error) {
    texts.push(value.message, value.stack ?? '')
    let cause: unknown = value.cause
    for (let depth = 0; cause !== undefined && depth < 8; depth++) {
      texts.push(inspect(cause, { depth: 10, showHidden: true }), String(cause))
      cause = cause instanceof Error ? cause.cause : undefined
    }
  }
  return texts
}

function leaksIn(label: string, texts: string[]): string[] {
  const found: string[] = []
  for (const [index, text] of texts.entries()) {
    for (const marker of MARKERS) {
      const at = text.indexOf(marker)
      if (at >= 0)
        found.push(`${label} (rendering ${index}) contains "${marker}": …${text.slice(Math.max(0, at - 80), at + 40)}…`)
    }
  }
  return found
}

const keep = <T>(label: string, value: T): T => {
  objects.push([label, value])
  return value
}

describe('marker credentials never leak', () => {
  it('Spot REST: success, validation, auth, nonce, lost order, timeout, HTTP 502', async () => {
    const client = keep(
      'SpotClient',
      new spotRest.SpotClient({ baseUrl: sim.url, key: MARKED.key, secret: MARKED.secret }),
    )
    keep('Market', new spotRest.Market(client))
    keep('User', new spotRest.User(client))
    keep('Trade', new spotRest.Trade(client))
    await attempt('balance', () => spotRest.getAccountBalance(client))
    await attempt('validation', () => spotRest.createOrder(client, { pair: 'XBTUSD', type: 'buy' } as never))
    const wrong = keep(
      'SpotClient(wrong secret)',
      new spotRest.SpotClient({ baseUrl: sim.url, key: 'reliability-secrets-other', secret: WRONG_SECRET }),
    )
    await attempt('invalid signature', () => spotRest.getAccountBalance(wrong))
    const unknown = keep(
      'SpotClient(unknown key)',
      new spotRest.SpotClient({ baseUrl: sim.url, key: `${MARKED.key}-x`, secret: MARKED.secret }),
    )
    await attempt('invalid key', () => spotRest.getAccountBalance(unknown))
    const frozen = keep(
      'SpotClient(frozen nonce)',
      new spotRest.SpotClient({
        baseUrl: sim.url,
        key: MARKED.key,
        secret: MARKED.secret,
        nonce: createNonce({ now: () => 1 }),
      }),
    )
    await attempt('invalid nonce', () => spotRest.getAccountBalance(frozen))
    sim.state.faults.dropOrderResponses = 1
    await attempt('lost order', () =>
      spotRest.createOrder(client, {
        pair: 'XBTUSD',
        type: 'buy',
        ordertype: 'limit',
        volume: '0.01',
        price: '1000.0',
      }),
    )
    sim.state.faults.delayMs = 300
    await attempt('timeout', () => spotRest.getOpenOrders(client, {}, { timeout: 50 }))
    sim.state.faults.delayMs = 0
    sim.state.faults.httpStatus = 502
    await attempt('502', () => spotRest.getAccountBalance(client))
    await attempt('502 public', () => spotRest.getTicker(client, { pair: 'XBTUSD' }))
    sim.state.faults.httpStatus = 0
    const noCredentials = keep('SpotClient(no credentials)', new spotRest.SpotClient({ baseUrl: sim.url }))
    await attempt('missing credentials', () => spotRest.getAccountBalance(noCredentials))
    expect(errors.length).toBeGreaterThanOrEqual(8)
  })

  it('Futures REST: success, validation, authentication error, timeout', async () => {
    const client = keep(
      'FuturesClient',
      futuresRest.createFuturesClient({
        baseUrl: sim.futuresUrl,
        key: MARKED.futuresKey,
        secret: MARKED.futuresSecret,
      }),
    )
    keep('Futures Trade', new futuresRest.Trade(client))
    await attempt('accounts', () => futuresRest.getWallets(client))
    await attempt('validation', () =>
      futuresRest.createOrder(client, { orderType: 'lmt', symbol: 'PF_XBTUSD' } as never),
    )
    const wrong = keep(
      'FuturesClient(wrong secret)',
      futuresRest.createFuturesClient({ baseUrl: sim.futuresUrl, key: MARKED.futuresKey, secret: WRONG_SECRET }),
    )
    await attempt('authentication', () => futuresRest.getOpenOrders(wrong))
    sim.state.faults.delayMs = 300
    await attempt('timeout', () => futuresRest.getOpenOrders(client, {}, { timeout: 50 }))
    sim.state.faults.delayMs = 0
  })

  it('Spot WS: authenticated connect, order, validation, lost answer, close', async () => {
    const client = keep(
      'SpotWsClient',
      new SpotWsClient({
        key: MARKED.key,
        secret: MARKED.secret,
        url: sim.wsUrl,
        authUrl: `${sim.authWsUrl}?dropOrderResponses=1`,
        restUrl: sim.url,
        requestTimeout: 300,
      }),
    )
    client.on('error', (error) => void errors.push(error))
    await attempt('connect', () => client.connect())
    const order = {
      symbol: 'BTC/USD',
      side: 'buy',
      order_type: 'limit',
      order_qty: '0.01',
      limit_price: '1000.0',
    } as const
    await attempt('lost answer', () => client.addOrder(order))
    await attempt('order', () => client.addOrder(order))
    await attempt('validation', () => client.addOrder({ ...order, side: 'long' } as never))
    await attempt('subscribe executions', () => client.subscribe({ channel: 'executions' }))
    await client.close()
    const wrong = keep(
      'SpotWsClient(wrong secret)',
      new SpotWsClient({
        key: 'reliability-secrets-other',
        secret: WRONG_SECRET,
        noPublic: true,
        authUrl: sim.authWsUrl,
        restUrl: sim.url,
        maxReconnects: 0,
      }),
    )
    wrong.on('error', (error) => void errors.push(error))
    await attempt('token with a wrong secret', () => wrong.connect())
    await wrong.close()
  })

  it('Futures WS: challenge auth, private feed, wrong secret', async () => {
    const client = keep(
      'FuturesWsClient',
      new FuturesWsClient({ url: sim.futuresWsUrl, key: MARKED.futuresKey, secret: MARKED.futuresSecret }),
    )
    client.on('error', (error) => void errors.push(error))
    await attempt('connect', () => client.connect())
    await attempt('open_orders', () => client.subscribe({ feed: 'open_orders' }))
    await attempt('validation', () => client.subscribe({ feed: 'open_orders', product_ids: ['PF_XBTUSD'] } as never))
    await client.close()
    const wrong = keep(
      'FuturesWsClient(wrong secret)',
      new FuturesWsClient({
        url: sim.futuresWsUrl,
        key: MARKED.futuresKey,
        secret: WRONG_SECRET,
        requestTimeout: 2_000,
      }),
    )
    wrong.on('error', (error) => void errors.push(error))
    await attempt('connect', () => wrong.connect())
    await attempt('authentication', () => wrong.subscribe({ feed: 'fills' }))
    await wrong.close()
  })

  it('order book client, signing and error helpers', async () => {
    const book = keep('SpotOrderBookClient', new SpotOrderBookClient({ url: sim.wsUrl, pairs: ['BTC/USD'] }))
    await attempt('book', () => book.connect())
    await book.close()
    await attempt('sign', () =>
      signSpotRequest({ secret: MARKED.secret, path: '/0/private/Balance', nonce: '1', body: 'nonce=1' }),
    )
    await attempt('sign bad secret', () =>
      signSpotRequest({ secret: `${SPOT_SECRET_TEXT}!!`, path: '/0/private/Balance', nonce: '1', body: 'nonce=1' }),
    )
    await attempt('sign bad path', () =>
      signSpotRequest({ secret: MARKED.secret, path: 42 as never, nonce: '1', body: '' }),
    )
    await attempt('futures sign', () =>
      signFuturesRequest({ secret: `${FUTURES_SECRET_TEXT}%%`, path: '/api/v3/accounts', nonce: '1', postData: '' }),
    )
    await attempt('challenge', () => signFuturesChallenge({ secret: `${FUTURES_SECRET_TEXT}%%`, challenge: 'c' }))
    errors.push(toKrakenError('EAPI:Invalid key', { endpoint: 'POST /0/private/Balance', status: 200 }))
  })

  it('nothing captured contains a marker', () => {
    // What an application typically does with them: log them (console uses util.inspect).
    for (const error of errors) console.error('request failed:', error)
    for (const [label, object] of objects) console.log(label, object)
    const leaks: string[] = []
    for (const [index, error] of errors.entries()) leaks.push(...leaksIn(`error #${index}`, renderings(error)))
    for (const [label, object] of objects) leaks.push(...leaksIn(label, renderings(object)))
    leaks.push(...leaksIn('console/stdout/stderr', output))
    figures.errorsChecked = errors.length
    figures.objectsChecked = objects.length
    figures.outputChunks = output.length
    figures.leaks = leaks.length
    expect([...new Set(leaks)]).toEqual([])
    expect(errors.length).toBeGreaterThan(15)
  })
})
