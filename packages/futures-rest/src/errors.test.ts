import {
  KrakenAuthenticationError,
  KrakenError,
  KrakenInsufficientAvailableFundsError,
  KrakenTimeoutError,
  KrakenValidationError,
} from '@k/errors'
import { type Simulator, startSimulator } from '@k/testkit'
import { createSimAccount, simRequestCount } from '@k/testkit/vitest'
import { afterAll, expect, inject, test } from 'vitest'
import { cancelOrder } from './actions/trade/cancelOrder.js'
import { createBatchOrder } from './actions/trade/createBatchOrder.js'
import { createOrder } from './actions/trade/createOrder.js'
import { editOrder } from './actions/trade/editOrder.js'
import { getOrdersStatus } from './actions/trade/getOrdersStatus.js'
import { getOpenOrders } from './actions/user/getOpenOrders.js'
import { createFuturesClient } from './createFuturesClient.js'
import { Market } from './namespaces/Market.js'

const sim = inject('krakenSim')
const account = await createSimAccount(sim, { futuresBalances: { usd: '1000' } })
const client = createFuturesClient({ baseUrl: sim.futuresUrl, key: account.futuresKey, secret: account.futuresSecret })
const SENDORDER = 'POST /derivatives/api/v3/sendorder'
const privateSims: Simulator[] = []
afterAll(async () => {
  for (const private_ of privateSims) await private_.close()
})

test.each([
  [{ orderType: 'lmt', symbol: 'PF_XBTUSD', side: 'buy', size: '0.01' }, 'limitPrice'],
  [{ orderType: 'lmt', symbol: 'PF_XBTUSD', side: 'long', size: '0.01', limitPrice: '1' }, 'side'],
  [{ orderType: 'market', symbol: 'PF_XBTUSD', side: 'buy', size: '0.01' }, 'orderType'],
  [{ orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: '-1' }, 'size'],
  [{ orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: '1e3' }, 'size'],
  [{ orderType: 'stp', symbol: 'PF_XBTUSD', side: 'buy', size: '1' }, 'stopPrice'],
  [
    { orderType: 'trailing_stop', symbol: 'PF_XBTUSD', side: 'buy', size: '1', trailingStopDeviationUnit: 'PERCENT' },
    'trailingStopMaxDeviation',
  ],
  [{ orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: '1', cliOrdId: 'x'.repeat(101) }, 'cliOrdId'],
  [{ orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: '1', limitprice: '1' }, 'limitprice'],
])('createOrder rejects %j before sending (field %s)', async (parameters, field) => {
  const error = await createOrder(client, parameters as never).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(KrakenValidationError)
  expect(error).toMatchObject({ field, category: 'validation', details: { sent: 'no' } })
  expect((error as Error).message).toContain(field)
  expect(await simRequestCount(sim, account.key, SENDORDER)).toBe(0)
})

test('other invalid parameters never reach the wire', async () => {
  await expect(editOrder(client, { size: '1' })).rejects.toMatchObject({ field: 'orderId' })
  await expect(cancelOrder(client, {})).rejects.toMatchObject({ field: 'order_id' })
  await expect(createBatchOrder(client, { batchOrder: [{ order: 'cancel' }] })).rejects.toMatchObject({
    field: 'batchOrder.0.order_id',
  })
  await expect(
    createBatchOrder(client, {
      batchOrder: [{ order: 'send', orderType: 'lmt', symbol: 'PF_XBTUSD', side: 'buy', size: '1' }],
    }),
  ).rejects.toMatchObject({ field: 'batchOrder.0.limitPrice' })
  await expect(getOrdersStatus(client, { cliOrdIds: 'a', cliOrderIds: 'b' })).rejects.toMatchObject({
    field: 'cliOrderIds',
  })
  expect(await simRequestCount(sim, account.key)).toBe(0)
})

test('invalid public calls never reach the wire either (own simulator, so no other file counts)', async () => {
  const own = await startSimulator({ seed: 9 })
  privateSims.push(own)
  const market = new Market({ baseUrl: own.futuresUrl })
  await expect(market.getOrderbook({} as never)).rejects.toMatchObject({ field: 'symbol' })
  await expect(
    market.getOhlc({ tick_type: 'trade', symbol: 'PF_XBTUSD', resolution: '2h' as never }),
  ).rejects.toMatchObject({ field: 'resolution' })
  await expect(market.getTradeHistory({ symbol: 'PF XBTUSD' })).rejects.toMatchObject({ field: 'symbol' })
  expect(own.state.requestLog.count(undefined)).toBe(0)
  await market.getOrderbook({ symbol: 'PF_XBTUSD' })
  expect(own.state.requestLog.count(undefined, 'GET /derivatives/api/v3/orderbook')).toBe(1)
})

test('a sendStatus failure becomes the typed error (insufficientAvailableFunds) with the body', async () => {
  const error = await createOrder(client, {
    orderType: 'lmt',
    symbol: 'PF_XBTUSD',
    side: 'buy',
    size: '1000',
    limitPrice: '1000',
  }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(KrakenInsufficientAvailableFundsError)
  expect(error).toMatchObject({ code: 'insufficientAvailableFunds', details: { endpoint: SENDORDER, sent: 'yes' } })
  expect((error as KrakenError).details.body).toMatchObject({
    result: 'success',
    sendStatus: { status: 'insufficientAvailableFunds' },
  })
})

test('batchStatus failures and postWouldExecute are thrown; a clean batch resolves', async () => {
  const { orderBook } = await new Market(client).getOrderbook({ symbol: 'PF_ETHUSD' })
  const ask = String(orderBook.asks[0]?.[0])
  await expect(
    createBatchOrder(client, {
      batchOrder: [
        {
          order: 'send',
          order_tag: 'p',
          orderType: 'post',
          symbol: 'PF_ETHUSD',
          side: 'buy',
          size: '0.1',
          limitPrice: ask,
        },
      ],
    }),
  ).rejects.toMatchObject({ code: 'postWouldExecute' })
  await expect(cancelOrder(client, { cliOrdId: 'never-existed' })).rejects.toMatchObject({ code: 'notFound' })
})

test('a wrong secret is an authenticationError; spot keys are refused the same way', async () => {
  const wrong = createFuturesClient({
    baseUrl: sim.futuresUrl,
    key: account.futuresKey,
    secret: Buffer.from('wrong').toString('base64'),
  })
  await expect(getOpenOrders(wrong)).rejects.toBeInstanceOf(KrakenAuthenticationError)
  const spot = createFuturesClient({ baseUrl: sim.futuresUrl, key: account.key, secret: account.secret })
  await expect(getOpenOrders(spot)).rejects.toMatchObject({ code: 'authenticationError', category: 'auth' })
  await expect(getOpenOrders(createFuturesClient({ baseUrl: sim.futuresUrl }))).rejects.toMatchObject({
    details: { sent: 'no' },
  })
})

test('a replayed nonce is refused (nonceDuplicate)', async () => {
  const fixed = createFuturesClient({
    baseUrl: sim.futuresUrl,
    key: account.futuresKey,
    secret: account.futuresSecret,
    nonce: () => '99999999999999999',
  })
  await getOpenOrders(fixed)
  await expect(getOpenOrders(fixed)).rejects.toMatchObject({ code: 'nonceDuplicate' })
})

test('a timed-out sendorder is not retried and says the outcome is unknown', async () => {
  const slow = await startSimulator({ seed: 3, faults: { delayMs: 400 } })
  privateSims.push(slow)
  const slowAccount = await createSimAccount({ adminUrl: slow.adminUrl }, { futuresBalances: { usd: '10000' } })
  const slowClient = createFuturesClient({
    baseUrl: slow.futuresUrl,
    key: slowAccount.futuresKey,
    secret: slowAccount.futuresSecret,
    timeout: 100,
  })
  const error = await createOrder(slowClient, {
    orderType: 'mkt',
    symbol: 'PF_XBTUSD',
    side: 'buy',
    size: '0.001',
    cliOrdId: 'slow-1',
  }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(KrakenTimeoutError)
  expect(error).toMatchObject({ retryable: false, details: { sent: 'maybe', endpoint: SENDORDER } })
  expect((error as Error).message).toContain('cliOrdId')
  expect(slow.state.requestLog.count(slowAccount.key, SENDORDER)).toBe(1)
})

test('a dropped batchorder response is a network error with an unknown outcome, never resent', async () => {
  const lossy = await startSimulator({ seed: 4, faults: { dropOrderResponses: 1 } })
  privateSims.push(lossy)
  const lossyAccount = await createSimAccount({ adminUrl: lossy.adminUrl }, { futuresBalances: { usd: '10000' } })
  const lossyClient = createFuturesClient({
    baseUrl: lossy.futuresUrl,
    key: lossyAccount.futuresKey,
    secret: lossyAccount.futuresSecret,
  })
  const error = await createBatchOrder(lossyClient, {
    batchOrder: [
      {
        order: 'send',
        order_tag: '1',
        orderType: 'mkt',
        symbol: 'PF_XBTUSD',
        side: 'buy',
        size: '0.001',
        cliOrdId: 'lost-1',
      },
    ],
  }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(KrakenError)
  expect(error).toMatchObject({ category: 'network', retryable: false, details: { sent: 'maybe' } })
  expect(lossy.state.requestLog.count(lossyAccount.key, 'POST /derivatives/api/v3/batchorder')).toBe(1)
})
