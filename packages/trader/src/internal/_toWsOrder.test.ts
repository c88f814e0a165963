import { describe, expect, it } from 'vitest'
import { _describeOrder } from './_describeOrder.js'
import { _toWsOrder } from './_toWsOrder.js'

describe('_toWsOrder (REST names → WS v2 add_order fields)', () => {
  it('maps side, quantity, limit price, flags and ids', () => {
    expect(
      _toWsOrder({
        ordertype: 'limit',
        type: 'sell',
        volume: '0.5',
        price: '100.5',
        timeinforce: 'IOC',
        oflags: 'post',
        reduce_only: true,
        cl_ord_id: 'c-1',
        userref: 7,
      }),
    ).toEqual({
      order: {
        order_type: 'limit',
        side: 'sell',
        order_qty: '0.5',
        limit_price: '100.5',
        time_in_force: 'ioc',
        post_only: true,
        reduce_only: true,
        cl_ord_id: 'c-1',
        order_userref: 7,
      },
    })
  })

  it('puts trigger prices in triggers and price2 in limit_price for *-limit trigger orders', () => {
    expect(_toWsOrder({ ordertype: 'stop-loss', type: 'sell', volume: '1', price: '90' })).toEqual({
      order: { order_type: 'stop-loss', side: 'sell', order_qty: '1', triggers: { price: '90' } },
    })
    expect(
      _toWsOrder({ ordertype: 'take-profit-limit', type: 'sell', volume: '1', price: '110', price2: '109' }),
    ).toEqual({
      order: {
        order_type: 'take-profit-limit',
        side: 'sell',
        order_qty: '1',
        triggers: { price: '110' },
        limit_price: '109',
      },
    })
  })

  it('names what WS v2 cannot carry, so REST serves it', () => {
    const base = { ordertype: 'limit', type: 'buy' as const, volume: '1', price: '10' }
    expect(_toWsOrder({ ...base, leverage: '3' })).toEqual({ reason: 'leverage' })
    expect(_toWsOrder({ ...base, expiretm: '+60' })).toEqual({ reason: 'expiretm' })
    expect(_toWsOrder({ ...base, oflags: 'post,fciq' })).toEqual({ reason: 'oflags' })
    expect(_toWsOrder({ ...base, price: '+5' })).toEqual({ reason: 'relative-price' })
    expect(_toWsOrder({ ...base, ordertype: 'iceberg' })).toEqual({ reason: 'order-type' })
  })

  it('describes an order the way Kraken REST does', () => {
    expect(_describeOrder({ ordertype: 'limit', type: 'buy', volume: '0.001', price: '60000.0' }, 'XBTUSD')).toBe(
      'buy 0.001 XBTUSD @ limit 60000.0',
    )
    expect(_describeOrder({ ordertype: 'market', type: 'sell', volume: '2' }, 'ETHUSD')).toBe('sell 2 ETHUSD @ market')
  })
})
