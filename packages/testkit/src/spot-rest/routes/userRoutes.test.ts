import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../startSimulator.js'
import { _testClient } from '../internal/_testClient.js'

const SECRET = Buffer.from('user-routes-secret-0123456789').toString('base64')
let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({
    seed: 13,
    rateLimits: false,
    accounts: [{ key: 'u', secret: SECRET, balances: { ZUSD: '100000', XXBT: '1' } }],
  })
})
afterAll(() => sim.close())

describe('account data', () => {
  it('filters closed orders by userref, cl_ord_id and an order id as the window start', async () => {
    const client = _testClient(sim.url, 'u', SECRET)
    const txids: string[] = []
    for (const [index, extra] of [{ userref: 1 }, { userref: 2 }, { cl_ord_id: 'third' }].entries()) {
      const placed = await client.private('AddOrder', {
        pair: 'XBTUSD',
        type: 'buy',
        ordertype: 'limit',
        volume: '0.01',
        price: String(1000 + index),
        ...extra,
      })
      txids.push((placed.result as { txid: string[] }).txid[0] as string)
      // Distinct close times, so the window by id is well defined.
      await new Promise((resolve) => setTimeout(resolve, 15))
      await client.private('CancelOrder', { txid: txids[index] })
    }
    const closed = async (params: Record<string, unknown>) =>
      Object.keys(((await client.private('ClosedOrders', params)).result as { closed: object }).closed)
    expect((await closed({})).sort()).toEqual([...txids].sort())
    expect(await closed({ userref: 2 })).toEqual([txids[1]])
    expect(await closed({ cl_ord_id: 'third' })).toEqual([txids[2]])
    expect((await closed({ start: txids[0] })).sort()).toEqual([txids[1], txids[2]].sort())
    expect(await client.private('ClosedOrders', { start: 'OAAAAA-AAAAA-AAAAAA' })).toEqual({
      error: ['EGeneral:Invalid arguments:start'],
    })
  })

  it('balances, extended balances with holds, and ledgers follow a fill', async () => {
    const client = _testClient(sim.url, 'u', SECRET)
    await client.private('AddOrder', { pair: 'XBTUSD', type: 'sell', ordertype: 'market', volume: '0.1' })
    const balance = (await client.private('Balance')).result as Record<string, string>
    expect(balance.XXBT).toBe('0.9000000000')
    await client.private('AddOrder', {
      pair: 'XBTUSD',
      type: 'sell',
      ordertype: 'limit',
      volume: '0.2',
      price: '500000',
    })
    const extended = (await client.private('BalanceEx')).result as Record<
      string,
      { balance: string; hold_trade: string }
    >
    expect(extended.XXBT).toMatchObject({ balance: '0.9000000000', hold_trade: '0.2000000000' })
    const ledgers = (await client.private('Ledgers', { asset: 'XBT' })).result as {
      ledger: Record<string, { amount: string; balance: string; type: string }>
    }
    expect(Object.values(ledgers.ledger)[0]).toMatchObject({
      amount: '-0.1000000000',
      balance: '0.9000000000',
      type: 'trade',
    })
  })
})
