import { isKrakenError, type KrakenError } from '@k/errors'
import { startSimulator } from '@k/testkit'
import { createSimAccount, simRequestCount } from '@k/testkit/vitest'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SpotClient } from '../../SpotClient.js'
import { getTicker } from '../market/getTicker.js'
import { getOpenOrders } from '../user/getOpenOrders.js'
import { getOrdersInfo } from '../user/getOrdersInfo.js'
import { cancelOrder } from './cancelOrder.js'
import { createOrder } from './createOrder.js'

const sim = inject('krakenSim')

async function lowPrice(client: SpotClient): Promise<string> {
  const ticker = await getTicker(client, { pair: 'XBTUSD' })
  return (Math.floor(Number(ticker.XXBTZUSD!.c[0]) * 0.5 * 10) / 10).toFixed(1)
}

describe('createOrder on the shared kraken-sim', () => {
  it('places a limit order, finds it by cl_ord_id, cancels it, and counts one request each', async () => {
    const account = await createSimAccount(sim, { balances: { ZUSD: '100000' } })
    const client = new SpotClient({ baseUrl: sim.url, key: account.key, secret: account.secret })
    const price = await lowPrice(client)
    const placed = await createOrder(client, {
      pair: 'XBTUSD',
      type: 'buy',
      ordertype: 'limit',
      volume: '0.01',
      price,
      cl_ord_id: 'shared-1',
    })
    expect(placed.txid).toHaveLength(1)
    expect(placed.descr.order).toContain('buy 0.01000000 XBTUSD @ limit')
    const open = await getOpenOrders(client, { cl_ord_id: 'shared-1' })
    expect(Object.keys(open.open)).toEqual(placed.txid)
    expect((await cancelOrder(client, { cl_ord_id: 'shared-1' })).count).toBe(1)
    expect(await simRequestCount(sim, account.key, 'POST /0/private/AddOrder')).toBe(1)
  })

  it('truncates volume and price first with { truncate: true }', async () => {
    const account = await createSimAccount(sim, { balances: { ZUSD: '100000' } })
    const client = new SpotClient({ baseUrl: sim.url, key: account.key, secret: account.secret })
    const price = `${await lowPrice(client)}987`
    const placed = await createOrder(
      client,
      { pair: 'XBTUSD', type: 'buy', ordertype: 'limit', volume: '0.0123456789', price, validate: true },
      { truncate: true },
    )
    expect(placed.descr.order).toContain('0.01234567')
    expect(placed.descr.order).not.toContain('987')
  })
})

describe('an order whose answer is lost', () => {
  const ACCOUNT = {
    key: 'lost-answer-key',
    secret: Buffer.from('lost answer secret').toString('base64'),
    balances: { ZUSD: '100000' },
  }
  let privateSim: Awaited<ReturnType<typeof startSimulator>>

  beforeAll(async () => {
    privateSim = await startSimulator({ accounts: [ACCOUNT], faults: { dropOrderResponses: 1 } })
  })

  afterAll(async () => {
    await privateSim.close()
  })

  it('is not retried; the error says how to reconcile, and cl_ord_id finds the order that was placed', async () => {
    const client = new SpotClient({ baseUrl: privateSim.url, key: ACCOUNT.key, secret: ACCOUNT.secret })
    const price = await lowPrice(client)
    let error: KrakenError | undefined
    try {
      await createOrder(client, {
        pair: 'XBTUSD',
        type: 'buy',
        ordertype: 'limit',
        volume: '0.01',
        price,
        cl_ord_id: 'lost-1',
      })
    } catch (caught) {
      if (isKrakenError(caught)) error = caught
    }
    expect(error?.retryable).toBe(false)
    expect(error?.details.sent).toBe('maybe')
    expect(error?.shortMessage).toMatch(/outcome of POST \/0\/private\/AddOrder is unknown/)
    expect(await simRequestCount(privateSim, ACCOUNT.key, 'POST /0/private/AddOrder')).toBe(1)
    // The order exists: reconcile by cl_ord_id as the message says.
    const open = await getOpenOrders(client, { cl_ord_id: 'lost-1' })
    const [txid] = Object.keys(open.open)
    expect(txid).toBeDefined()
    expect((await getOrdersInfo(client, { txid: txid! }))[txid!]?.cl_ord_id).toBe('lost-1')
  })
})
