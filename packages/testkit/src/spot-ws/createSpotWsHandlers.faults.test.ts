import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_ACCOUNT } from '../demoAccount.js'
import { getSpotEngine } from '../spot-engine/getSpotEngine.js'
import { issueWsToken } from '../spot-rest/wsTokens.js'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { _wsTestClient } from './internal/_wsTestClient.js'

describe('Spot WS faults (per connection by URL query)', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ seed: 5, tickMs: 5 })
  })
  afterAll(() => sim.close())

  test('dropEveryN: the connection is cut (no close frame) after N frames', async () => {
    const client = await _wsTestClient(`${sim.wsUrl}?dropEveryN=25`)
    client.send({ method: 'subscribe', params: { channel: 'book', symbol: ['BTC/USD'] } })
    const { code } = await client.closed
    expect(code).toBe(1006)
    expect(client.frames).toHaveLength(25)
  })

  test('close1008AfterN: closed with code 1008 after N frames', async () => {
    const client = await _wsTestClient(`${sim.wsUrl}?close1008AfterN=3`)
    client.send({ method: 'subscribe', params: { channel: 'book', symbol: ['BTC/USD'] } })
    const { code } = await client.closed
    expect(code).toBe(1008)
    expect(client.frames).toHaveLength(3)
  })

  test('corruptChecksumEveryN: every Nth book message carries checksum + 1', async () => {
    const clean = await _wsTestClient(sim.wsUrl)
    const corrupt = await _wsTestClient(`${sim.wsUrl}?corruptChecksumEveryN=2`)
    for (const client of [clean, corrupt])
      client.send({ method: 'sim_firehose', params: { symbol: 'BTC/USD', count: 9 } })
    await clean.waitFor((message) => message.method === 'sim_firehose')
    await corrupt.waitFor((message) => message.method === 'sim_firehose')
    const sums = (frames: string[]) =>
      frames.filter((text) => text.includes('"checksum"')).map((text) => Number(/"checksum":(\d+)/.exec(text)![1]))
    const expected = sums(clean.frames)
    const received = sums(corrupt.frames)
    expect(received).toHaveLength(10)
    expect(received).toEqual(expected.map((sum, index) => (index % 2 === 1 ? (sum + 1) >>> 0 : sum)))
    await clean.close()
    await corrupt.close()
  })

  test('msgRateErrorEveryN: every Nth client message is answered with Exceeded msg rate', async () => {
    const client = await _wsTestClient(`${sim.wsUrl}?msgRateErrorEveryN=2`)
    for (let reqId = 1; reqId <= 4; reqId++) client.send({ method: 'ping', req_id: reqId })
    await client.waitFor((message) => message.req_id === 3)
    await client.waitFor((_message, text) => text === '{"Error":"Exceeded msg rate"}')
    const pongs = client.frames.filter((text) => text.includes('"pong"')).map((text) => JSON.parse(text).req_id)
    expect(pongs).toEqual([1, 3])
    await client.close()
  })

  test('delayMs: answers still arrive, in order', async () => {
    const client = await _wsTestClient(`${sim.wsUrl}?delayMs=50`)
    client.send({ method: 'ping', req_id: 1 })
    client.send({ method: 'ping', req_id: 2 })
    await client.waitFor((message) => message.req_id === 2)
    expect(client.frames.filter((text) => text.includes('pong')).map((text) => JSON.parse(text).req_id)).toEqual([1, 2])
    await client.close()
  })

  test('dropOrderResponses: the order is placed but its answer never comes', async () => {
    const token = issueWsToken(sim.state, DEMO_ACCOUNT.key).token
    const client = await _wsTestClient(`${sim.authWsUrl}?dropOrderResponses=1`)
    const params = { symbol: 'ETH/USD', side: 'buy', order_type: 'limit', order_qty: 0.01, limit_price: 100, token }
    client.send({ method: 'add_order', params: { ...params, cl_ord_id: 'lost-answer' }, req_id: 1 })
    client.send({ method: 'ping', req_id: 2 })
    await client.waitFor((message) => message.req_id === 2)
    expect(client.frames.some((text) => text.includes('"req_id":1'))).toBe(false)
    expect(
      getSpotEngine(sim.state)
        .openOrders(DEMO_ACCOUNT.key)
        .some((order) => order.cl_ord_id === 'lost-answer'),
    ).toBe(true)
    client.send({ method: 'add_order', params: { ...params, cl_ord_id: 'answered' }, req_id: 3 })
    expect(await client.waitFor((message) => message.req_id === 3)).toMatchObject({ success: true })
    await client.close()
  })

  test('10,000 malformed frames get error answers and the endpoint keeps working', async () => {
    const client = await _wsTestClient(sim.wsUrl)
    const garbage = [
      '',
      'null',
      '[]',
      '42',
      '"text"',
      '{',
      '{"method":1}',
      '{"method":"subscribe"}',
      '{"method":"subscribe","params":[]}',
      '{"method":"ping","req_id":"x"}',
      '\u0000\u00ff',
    ]
    for (let index = 0; index < 10_000; index++) client.send(garbage[index % garbage.length]!)
    client.send({ method: 'ping', req_id: 77 })
    await client.waitFor((message) => message.req_id === 77)
    expect(client.frames.filter((text) => text.includes('"success":false')).length).toBe(10_000)
    await client.close()
  })
})
