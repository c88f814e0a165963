import { isKrakenError, KrakenError, KrakenValidationError } from '@k/errors'
import { DEMO_ACCOUNT } from '@k/testkit'
import { simRequestCount } from '@k/testkit/vitest'
import { afterAll, describe, expect, it } from 'vitest'
import { KrakenAPIError } from './index.js'
import { _startTraderSim } from './internal/_startTraderSim.js'

const { sim, trader } = await _startTraderSim({ ws: false })
afterAll(async () => {
  await trader.close()
  await sim.close()
})

async function rejection(promise: Promise<unknown>): Promise<KrakenValidationError> {
  const error = await promise.catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(KrakenValidationError)
  return error as KrakenValidationError
}

describe('validation before anything is sent', () => {
  it('names the parameter in message and field', async () => {
    const cases: Array<[Promise<unknown>, string]> = [
      [trader.placeOrder('', 'buy', '1'), 'pair'],
      [trader.placeOrder('XBTUSD', 'long' as never, '1'), 'side'],
      [trader.placeOrder('XBTUSD', 'buy', '-1'), 'volume'],
      [trader.placeOrder('XBTUSD', 'buy', '1', 'limt' as never), 'ordertype'],
      [trader.placeOrder('XBTUSD', 'buy', '1', 'limit', { price: 'abc' }), 'price'],
      [trader.placeOrder('XBTUSD', 'buy', '1', 'limit', { cl_ord_id: 'x'.repeat(37) }), 'cl_ord_id'],
      [trader.placeOrder('XBTUSD', 'buy', '1', 'limit', { colour: 'red' } as never), 'colour'],
      [trader.editOrder('', 'XBTUSD', { price: '1' }), 'order_id'],
      [trader.editOrder('OABC', 'XBTUSD', {}), 'volume'],
      [trader.batchAdd([{ ordertype: 'limit', type: 'buy', volume: '1' }], 'XBTUSD'), 'orders'],
      [
        trader.batchAdd(
          [
            { ordertype: 'limit', type: 'buy', volume: '1', price: '1' },
            { ordertype: 'limit', type: 'buy', volume: 'x' },
          ],
          'XBTUSD',
        ),
        'orders.1.volume',
      ],
      [trader.batchCancel([]), 'order_ids'],
      [trader.cancelOrder(42 as never), 'order_id'],
      [trader.getOhlc('XBTUSD', 7), 'interval'],
      [trader.getOrderbook('XBTUSD', 0), 'count'],
    ]
    for (const [promise, field] of cases) {
      const error = await rejection(promise)
      expect(error.details.field ?? (error as unknown as { field?: string }).field).toBe(field)
      expect(error.message).toContain(field)
    }
    expect(await simRequestCount(sim, DEMO_ACCOUNT.key)).toBe(0)
  })

  it('KrakenAPIError is @k/errors KrakenError (seed 004 name), and Kraken failures are instances', async () => {
    expect(KrakenAPIError).toBe(KrakenError)
    const error = await trader.placeOrder('XBTUSD', 'buy', '100000', 'market').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(KrakenAPIError)
    expect(isKrakenError(error) && error.code).toBe('EOrder:Insufficient funds')
  })
})
