import { createServer, type Server } from 'node:http'
import { DEMO_ACCOUNT } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import { afterAll, describe, expect, it } from 'vitest'
import { createTrader } from './createTrader.js'
import { _startTraderSim } from './internal/_startTraderSim.js'

// kraken-sim is always `online`; a real 127.0.0.1 proxy in front of it answers SystemStatus with `status`.
const { sim, trader: unused } = await _startTraderSim({ ws: false })
await unused.close()
let status = 'online'
const proxy: Server = createServer((request, response) => {
  if (request.url?.startsWith('/0/public/SystemStatus')) {
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify({ error: [], result: { status, timestamp: '2026-11-22T00:00:00Z' } }))
    return
  }
  const chunks: Buffer[] = []
  request.on('data', (chunk: Buffer) => chunks.push(chunk))
  request.on('end', async () => {
    const upstream = await fetch(`${sim.url}${request.url}`, {
      method: request.method ?? 'GET',
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
      ) as Record<string, string>,
      ...(request.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
    })
    response.statusCode = upstream.status
    response.setHeader('content-type', upstream.headers.get('content-type') ?? 'application/json')
    response.end(Buffer.from(await upstream.arrayBuffer()))
  })
})
await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
const proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`

afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve))
  await sim.close()
})

function newTrader(statusGuard?: boolean) {
  return createTrader({
    key: DEMO_ACCOUNT.key,
    secret: DEMO_ACCOUNT.secret,
    baseUrl: proxyUrl,
    ws: false,
    rateLimit: false,
    statusTtl: 0,
    ...(statusGuard === undefined ? {} : { statusGuard }),
  })
}
const addOrders = () => simRequestCount(sim, DEMO_ACCOUNT.key, 'POST /0/private/AddOrder')

describe('system-status guard', () => {
  it.each([
    ['cancel_only', 'KrakenMarketInOnlyCancelModeError', 'EService:Market in cancel_only mode'],
    ['post_only', 'KrakenMarketInOnlyPostModeError', 'EService:Market in post_only mode'],
    ['maintenance', 'KrakenServiceUnavailableError', 'EService:Unavailable'],
  ])('%s: a market order is refused with %s before anything is sent', async (mode, name, code) => {
    status = mode
    const trader = newTrader()
    const before = await addOrders()
    const error = await trader.placeOrder('XBTUSD', 'buy', '0.001', 'market').catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name, code, details: { sent: 'no' } })
    expect(await addOrders()).toBe(before)
    const batch = await trader
      .batchAdd(
        [
          { ordertype: 'market', type: 'buy', volume: '0.001' },
          { ordertype: 'market', type: 'sell', volume: '0.001' },
        ],
        'XBTUSD',
      )
      .catch((caught: unknown) => caught)
    expect(batch).toMatchObject({ name })
    expect(await simRequestCount(sim, DEMO_ACCOUNT.key, 'POST /0/private/AddOrderBatch')).toBe(0)
  })

  it('post_only still lets a post-only limit order through', async () => {
    status = 'post_only'
    const result = await newTrader().placeOrder('XBTUSD', 'buy', '0.001', 'limit', {
      price: '20000.0',
      post_only: true,
    })
    expect(result.txid).toHaveLength(1)
  })

  it('opts out per trader and per call', async () => {
    status = 'cancel_only'
    const before = await addOrders()
    await newTrader(false).placeOrder('XBTUSD', 'buy', '0.001', 'limit', { price: '20000.0' })
    await newTrader().placeOrder('XBTUSD', 'buy', '0.001', 'limit', { price: '20000.0' }, { statusGuard: false })
    expect(await addOrders()).toBe(before + 2)
  })

  it('online: orders go out', async () => {
    status = 'online'
    const trader = newTrader()
    expect((await trader.getSystemStatus()).status).toBe('online')
    expect((await trader.placeOrder('XBTUSD', 'buy', '0.001', 'limit', { price: '20000.0' })).txid).toHaveLength(1)
  })
})
