import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../startSimulator.js'
import { setSimFaults } from '../vitest/setSimFaults.js'
import { simOrders } from '../vitest/simOrders.js'
import { simRequestCount } from '../vitest/simRequestCount.js'
import { simTick } from '../vitest/simTick.js'
import { _testClient } from './internal/_testClient.js'

const SECRET = Buffer.from('faults-secret-0123456789abcdef').toString('base64')
let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ seed: 6, accounts: [{ key: 'f', secret: SECRET, balances: { ZUSD: '100000' } }] })
})
afterAll(() => sim.close())

describe('Spot REST faults', () => {
  it('dropOrderResponses: the order is placed, the response is lost, exactly one order exists', async () => {
    const client = _testClient(sim.url, 'f', SECRET)
    await setSimFaults(sim, { dropOrderResponses: 1 })
    const params = {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.01',
      price: '1000',
      cl_ord_id: 'dup-test-1',
    }
    await expect(client.private('AddOrder', params)).rejects.toThrow()
    const { open } = await simOrders(sim, 'f')
    expect(open.filter((order) => order.cl_ord_id === 'dup-test-1')).toHaveLength(1)
    // The fault was used up: the next order gets its answer.
    expect((await client.private('AddOrder', { ...params, cl_ord_id: 'dup-test-2' })).error).toEqual([])
    expect((await simOrders(sim, 'f')).open).toHaveLength(2)
  })

  it('restError and httpStatus replace answers; requests are still logged', async () => {
    const client = _testClient(sim.url, 'f', SECRET)
    await setSimFaults(sim, { restError: 'EService:Unavailable' })
    expect(await client.public('Time')).toEqual({ error: ['EService:Unavailable'] })
    expect(await client.private('Balance')).toEqual({ error: ['EService:Unavailable'] })
    await setSimFaults(sim, { httpStatus: 502 })
    const response = await client.raw('Balance')
    expect(response.status).toBe(502)
    expect(await response.text()).toContain('<html>')
    await setSimFaults(sim, {})
    expect((await client.private('Balance')).error).toEqual([])
    expect(await simRequestCount(sim, 'f', 'POST /0/private/Balance')).toBe(3)
    expect(await simRequestCount(sim, undefined, 'GET /0/public/Time')).toBe(1)
  })

  it('POST /__sim/tick advances the market deterministically', async () => {
    const other = await startSimulator({ seed: 6, accounts: [] })
    try {
      const depth = async (target: { url: string }) =>
        (
          (await (await fetch(`${target.url}/0/public/Depth?pair=XBTUSD&count=5`)).json()) as {
            result: Record<string, { asks: string[][] }>
          }
        ).result.XXBTZUSD?.asks.map((level) => level.slice(0, 2))
      expect((await simTick(sim, 25)).ticks).toBe(25)
      await simTick(other, 25)
      expect(await depth(sim)).toEqual(await depth(other))
    } finally {
      await other.close()
    }
  })
})
