import { createHash, createHmac } from 'node:crypto'
import { signSpotRequest, signSpotRequestSync } from '@k/signing'
import ccxt from 'ccxt'
import type { BenchOptions, BenchTable } from './BenchTable.js'
import { measureTasks } from './measureTasks.js'

// Kraken's official API-Sign vector (kraken-facts §1.1): every row must reproduce it before anything is timed.
const secret =
  /* Kraken's published API-Sign test vector, not a credential */ 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=='
const nonce = '1616492376594'
const path = '/0/private/AddOrder'
const params = { ordertype: 'limit', pair: 'XBTUSD', price: '37500', type: 'buy', volume: '1.25' }
const body = 'nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25'
const expected = '4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=='

/**
 * Spot `API-Sign`: a bare node:crypto floor vs @k's async and sync signers vs ccxt's `kraken.sign()`, one process,
 * one tinybench run. Each task call signs `batch` times, so timer overhead does not flatten the ratios.
 */
export async function runSignBench(options: BenchOptions): Promise<BenchTable> {
  const batch = options.quick ? 4 : 64
  const keyBuffer = Buffer.from(secret, 'base64')

  // floor: the same computation written bare, with the key decoded once (what a careful hand-rolled client does).
  const floor = () => {
    const digest = createHash('sha256').update(nonce).update(body).digest()
    return createHmac('sha512', keyBuffer).update(path).update(digest).digest('base64')
  }

  // ccxt 4.5.84 builds the body itself (urlencode of {nonce, ...params}), decodes the secret on every call and
  // returns { url, method, body, headers }. Its nonce is stubbed to the vector's so the output can be checked.
  const exchange = new ccxt.kraken({ apiKey: 'bench-key', secret })
  exchange.nonce = () => Number(nonce)
  const ccxtSign = () =>
    exchange.sign('AddOrder', 'private', 'POST', { ...params }) as { headers: Record<string, string> }

  // @k with the body built the way a client would (ccxt's sign() includes this step too).
  const fullSync = () =>
    signSpotRequestSync({ secret, path, nonce, body: new URLSearchParams({ nonce, ...params }).toString() })

  const checks: Array<[string, string]> = [
    ['floor', floor()],
    ['signSpotRequest', await signSpotRequest({ secret, path, nonce, body })],
    ['signSpotRequestSync', signSpotRequestSync({ secret, path, nonce, body })],
    ['body + signSpotRequestSync', fullSync()],
    ['ccxt', ccxtSign().headers['API-Sign'] ?? ''],
  ]
  for (const [name, value] of checks) {
    if (value !== expected) throw new Error(`${name} does not reproduce Kraken's official API-Sign vector: ${value}`)
  }

  const rows = await measureTasks(
    [
      {
        name: 'floor: node:crypto HMAC-SHA512',
        run: () => {
          for (let i = 0; i < batch; i++) floor()
        },
        note: 'bare createHash + createHmac, key decoded once',
      },
      {
        name: '@k: signSpotRequest',
        run: async () => {
          for (let i = 0; i < batch; i++) await signSpotRequest({ secret, path, nonce, body })
        },
        note: 'async (Promise per call)',
      },
      {
        name: '@k: signSpotRequestSync',
        run: () => {
          for (let i = 0; i < batch; i++) signSpotRequestSync({ secret, path, nonce, body })
        },
        note: 'Node-only sync variant',
      },
      {
        name: '@k: URLSearchParams + signSpotRequestSync',
        run: () => {
          for (let i = 0; i < batch; i++) fullSync()
        },
        note: 'same work as ccxt sign(): build body + sign',
      },
      {
        name: 'ccxt: kraken.sign()',
        run: () => {
          for (let i = 0; i < batch; i++) ccxtSign()
        },
        note: 'ccxt 4.5.84; includes body encoding + headers',
      },
    ],
    { ...options, batch },
  )

  // Ratios on the median (p50 of batch means): the mean moves with GC pauses and other processes on a shared box.
  const row = (name: string) => rows.find((candidate) => candidate.name === name)
  const p50 = (name: string) => row(name)?.p50Ns ?? Number.NaN
  const mean = (name: string) => row(name)?.meanNs ?? Number.NaN
  const floorName = 'floor: node:crypto HMAC-SHA512'
  for (const entry of rows) {
    if (entry.p50Ns !== undefined) entry.ratio = `${(entry.p50Ns / p50(floorName)).toFixed(2)}× floor`
  }
  const ratio = (name: string) => p50(name) / p50(floorName)
  const asyncOk = ratio('@k: signSpotRequest') <= 1.2
  const syncOk = ratio('@k: signSpotRequestSync') <= 1.2
  const speedup = p50('ccxt: kraken.sign()') / p50('@k: signSpotRequest')
  const fullSpeedup = p50('ccxt: kraken.sign()') / p50('@k: URLSearchParams + signSpotRequestSync')
  const verdict = [
    `signSpotRequest ${ratio('@k: signSpotRequest').toFixed(2)}× floor (${asyncOk ? 'met' : 'MISSED'})`,
    `signSpotRequestSync ${ratio('@k: signSpotRequestSync').toFixed(2)}× floor (${syncOk ? 'met' : 'MISSED'})`,
    `ccxt ${speedup.toFixed(1)}× slower than signSpotRequest (${speedup >= 5 ? 'met' : 'MISSED'})`,
    `${fullSpeedup.toFixed(1)}× slower than URLSearchParams + signSpotRequestSync (same work)`,
    `on means: async ${(mean('@k: signSpotRequest') / mean(floorName)).toFixed(2)}×, sync ${(mean('@k: signSpotRequestSync') / mean(floorName)).toFixed(2)}×`,
  ].join('; ')

  return {
    title: 'Signing: Spot API-Sign (official vector)',
    rows,
    target: '@k ≤ 1.2× floor and ≥ 5× faster than ccxt',
    verdict: options.quick ? `quick smoke, not measured (${verdict})` : verdict,
    settings: { batch, quick: options.quick, ccxt: '4.5.84' },
  }
}
