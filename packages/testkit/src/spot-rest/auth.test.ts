import { signSpotRequestSync } from '@k/signing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _testClient } from './internal/_testClient.js'

// Kraken's official API-Sign vector (docs.kraken.com/api/docs/guides/spot-rest-auth; kraken-facts §1.1).
const SECRET = 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=='
const BODY = 'nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25'
const SIGN = '4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=='

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({
    seed: 2,
    accounts: [
      { key: 'vector-key', secret: SECRET, balances: { ZUSD: '100000' } },
      { key: 'read-only', secret: SECRET, balances: { ZUSD: '10' }, permissions: ['query'] },
    ],
  })
})
afterAll(() => sim.close())

const post = (path: string, body: string, headers: Record<string, string>) =>
  fetch(sim.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  }).then(async (response) => ({
    status: response.status,
    json: (await response.json()) as { error: string[]; result?: { txid?: string[] } },
  }))

describe('Spot REST authentication', () => {
  it('accepts the official vector, rejects a one-byte change, then rejects the replayed nonce', async () => {
    const accepted = await post('/0/private/AddOrder', BODY, { 'API-Key': 'vector-key', 'API-Sign': SIGN })
    expect(accepted.status).toBe(200)
    expect(accepted.json.error).toEqual([])
    expect(accepted.json.result?.txid).toHaveLength(1)

    const tampered = await post('/0/private/AddOrder', BODY.replace('volume=1.25', 'volume=1.26'), {
      'API-Key': 'vector-key',
      'API-Sign': SIGN,
    })
    expect(tampered).toEqual({ status: 200, json: { error: ['EAPI:Invalid signature'] } })

    const replayed = await post('/0/private/AddOrder', BODY, { 'API-Key': 'vector-key', 'API-Sign': SIGN })
    expect(replayed.json).toEqual({ error: ['EAPI:Invalid nonce'] })
    expect(sim.state.requestLog.count('vector-key', 'POST /0/private/AddOrder')).toBe(3)
  })

  it('answers unknown keys, missing signatures, permission and missing nonces like Kraken', async () => {
    expect((await post('/0/private/Balance', 'nonce=1', { 'API-Key': 'nobody', 'API-Sign': SIGN })).json).toEqual({
      error: ['EAPI:Invalid key'],
    })
    expect((await post('/0/private/Balance', 'nonce=1', {})).json).toEqual({ error: ['EAPI:Invalid key'] })
    expect((await post('/0/private/Balance', 'nonce=99999999999999', { 'API-Key': 'vector-key' })).json).toEqual({
      error: ['EAPI:Invalid signature'],
    })
    expect((await post('/0/private/Balance', 'foo=bar', { 'API-Key': 'vector-key', 'API-Sign': SIGN })).json).toEqual({
      error: ['EAPI:Invalid nonce'],
    })
    const readOnly = _testClient(sim.url, 'read-only', SECRET)
    expect((await readOnly.private('Balance')).error).toEqual([])
    expect(
      await readOnly.private('AddOrder', { pair: 'XBTUSD', type: 'buy', ordertype: 'market', volume: '0.001' }),
    ).toEqual({ error: ['EGeneral:Permission denied'] })
    expect(await readOnly.private('GetWebSocketsToken')).toEqual({ error: ['EGeneral:Permission denied'] })
  })

  it('reads a numeric JSON nonce from the exact text (nanosecond nonces exceed 2^53)', async () => {
    const nonce = '1900000000000000001'
    const body = `{"nonce":${nonce}}`
    const sign = signSpotRequestSync({ secret: SECRET, path: '/0/private/Balance', nonce, body })
    const answer = await fetch(`${sim.url}/0/private/Balance`, {
      method: 'POST',
      headers: { 'API-Key': 'read-only', 'API-Sign': sign, 'content-type': 'application/json' },
      body,
    })
    expect(((await answer.json()) as { error: string[] }).error).toEqual([])
  })

  it('verifies JSON bodies over the exact text received', async () => {
    const client = _testClient(sim.url, 'vector-key', SECRET)
    const result = await client.private(
      'AddOrderBatch',
      {
        pair: 'BTC/USD',
        orders: [
          { type: 'buy', ordertype: 'limit', volume: '0.001', price: '1000' },
          { type: 'buy', ordertype: 'limit', volume: '0.001', price: '1001' },
        ],
      },
      true,
    )
    expect(result.error).toEqual([])
    expect((result.result as { orders: unknown[] }).orders).toHaveLength(2)
  })
})
