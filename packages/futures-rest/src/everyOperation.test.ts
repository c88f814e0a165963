import { createSimAccount, simRequestCount } from '@k/testkit/vitest'
import { expect, inject, test } from 'vitest'
import { futuresEndpoints } from './endpoints.js'
import { FuturesClient } from './FuturesClient.js'
import { Funding } from './namespaces/Funding.js'
import { Market } from './namespaces/Market.js'
import { Trade } from './namespaces/Trade.js'
import { User } from './namespaces/User.js'

const sim = inject('krakenSim')
const account = await createSimAccount(sim, { futuresBalances: { usd: '100000' } })
const client = new FuturesClient({ baseUrl: sim.futuresUrl, key: account.futuresKey, secret: account.futuresSecret })
const market = new Market(client)
const user = new User(client)
const trade = new Trade(client)
const funding = new Funding(client)

/** Every endpoint of the table, called once through its namespace method against kraken-sim. */
test('every operation is accepted by kraken-sim (signed, encoded and routed as Kraken expects)', async () => {
  const called = new Set<string>()
  const call = async <T>(name: keyof typeof futuresEndpoints, run: () => Promise<T>): Promise<T> => {
    called.add(name)
    return run()
  }
  const { tickers } = await call('getTickers', () => market.getTickers())
  const ticker = tickers.find((entry) => entry.symbol === 'PF_XBTUSD')
  expect(ticker?.bid).toBeGreaterThan(0)
  const below = String(Math.floor((ticker?.bid ?? 0) * 0.9))
  await call('getTicker', () => market.getTicker({ symbol: 'PF_XBTUSD' }))
  await call('getInstruments', () => market.getInstruments())
  await call('getInstrumentsStatus', () => market.getInstrumentsStatus())
  await call('getInstrumentStatus', () => market.getInstrumentStatus({ symbol: 'PF_XBTUSD' }))
  expect(
    (await call('getOrderbook', () => market.getOrderbook({ symbol: 'PF_XBTUSD' }))).orderBook.bids.length,
  ).toBeGreaterThan(0)
  await call('getTradeHistory', () => market.getTradeHistory({ symbol: 'PF_XBTUSD' }))
  await call('getFeeSchedules', () => market.getFeeSchedules())
  await call('getFeeSchedulesVol', () => market.getFeeSchedulesVol())
  await call('getHistoricalFundingRates', () => funding.getHistoricalFundingRates({ symbol: 'PF_XBTUSD' }))
  expect(await call('getTickTypes', () => market.getTickTypes())).toEqual(['mark', 'spot', 'trade'])
  await call('getTradeableProducts', () => market.getTradeableProducts({ tick_type: 'trade' }))
  await call('getResolutions', () => market.getResolutions({ tick_type: 'trade', tradeable: 'PF_XBTUSD' }))
  expect(
    (
      await call('getOhlc', () =>
        market.getOhlcv({ tick_type: 'mark', symbol: 'PF_XBTUSD', resolution: '1h', count: 5 }),
      )
    ).candles,
  ).toHaveLength(5)
  await call('getLiquidityPoolStats', () =>
    market.getLiquidityPoolStats({ since: 1_700_000_000, interval: 3600, to: 1_700_036_000 }),
  )
  await call('getMarketAnalytics', () =>
    market.getMarketAnalytics({
      symbol: 'PF_XBTUSD',
      analytics_type: 'open-interest',
      since: 1_700_000_000,
      interval: 3600,
      to: 1_700_036_000,
    }),
  )
  await call('setLeveragePreference', () => market.setLeveragePreference({ symbol: 'PF_XBTUSD', maxLeverage: '10' }))
  expect((await call('getLeveragePreference', () => market.getLeveragePreference())).leveragePreferences).toEqual([
    { symbol: 'PF_XBTUSD', maxLeverage: 10 },
  ])
  await call('setPnlPreference', () => market.setPnlPreference({ symbol: 'PF_XBTUSD', pnlPreference: 'USD' }))
  await call('getPnlPreference', () => market.getPnlPreference())
  const { rfqs } = await call('getOpenRfqs', () => market.getOpenRfqs())
  const rfqUid = rfqs[0]?.rfqUid ?? ''
  await call('getOpenRfq', () => market.getOpenRfq({ rfqUid }))

  const placed = await call('createOrder', () =>
    trade.createOrder({
      orderType: 'lmt',
      symbol: 'PF_XBTUSD',
      side: 'buy',
      size: '0.01',
      limitPrice: below,
      cliOrdId: 'every-1',
    }),
  )
  expect(placed.sendStatus.status).toBe('placed')
  await call('editOrder', () => trade.editOrder({ cliOrdId: 'every-1', size: '0.02' }))
  await call('getOrdersStatus', () => trade.getOrdersStatus({ cliOrderIds: 'every-1' }))
  const batch = await call('createBatchOrder', () =>
    trade.createBatchOrder({
      batchOrder: [
        {
          order: 'send',
          order_tag: 'a',
          orderType: 'post',
          symbol: 'PF_XBTUSD',
          side: 'buy',
          size: '0.01',
          limitPrice: below,
          reduceOnly: false,
        },
        { order: 'cancel', cliOrdId: 'every-1' },
      ],
    }),
  )
  expect(batch.batchStatus.map((entry) => entry.status)).toEqual(['placed', 'cancelled'])
  await call('cancelOrder', () => trade.cancelOrder({ order_id: batch.batchStatus[0]?.order_id ?? '' }))
  await call('createOrder', () =>
    trade.createOrder({ orderType: 'mkt', symbol: 'PF_XBTUSD', side: 'buy', size: '0.001' }),
  )
  await call('cancelAllOrders', () => trade.cancelAllOrders({ symbol: 'PF_XBTUSD' }))
  await call('deadMansSwitch', () => trade.cancelAllOrdersAfter({ timeout: 0 }))
  expect((await call('getFills', () => trade.getFills())).fills.length).toBeGreaterThan(0)
  await call('getSelfTradeStrategy', () => trade.getSelfTradeStrategy())
  await call('setSelfTradeStrategy', () => trade.setSelfTradeStrategy({ strategy: 'CANCEL_MAKER_SELF' }))
  await call('placeRfqOffer', () => trade.placeRfqOffer({ rfqUid, bid: '100.5' }))
  await call('replaceRfqOffer', () => trade.replaceRfqOffer({ rfqUid, bid: '100.5', ask: '101.75' }))
  expect((await call('getOpenRfqOffers', () => trade.getOpenRfqOffers())).openOffers).toHaveLength(1)
  await call('cancelRfqOffer', () => trade.cancelRfqOffer({ rfqUid }))

  await call('getWallets', () => user.getWallets())
  expect((await call('getOpenPositions', () => user.getOpenPositions())).openPositions).toHaveLength(1)
  await call('getOpenOrders', () => user.getOpenOrders())
  const { masterAccountUid, subaccounts } = await call('getSubaccounts', () => user.getSubaccounts())
  const subaccountUid = subaccounts[0]?.accountUid ?? ''
  await call('getUnwindQueue', () => user.getUnwindQueue())
  await call('getNotifications', () => user.getNotifications())
  expect((await call('getAccountLog', () => user.getAccountLog({ count: 25, from_: 0 }))).logs.length).toBeGreaterThan(
    0,
  )
  expect(await call('getAccountLogCsv', () => user.getAccountLogCsv())).toMatch(/^id,date,asset/)
  await call('getExecutionEvents', () => user.getExecutionEvents({ count: 5 }))
  await call('getOrderEvents', () => user.getOrderEvents({ sort: 'asc' }))
  await call('getTriggerEvents', () => user.getTriggerEvents())
  await call('getPositionEvents', () => user.getPositionEvents({ tradeable: 'PF_XBTUSD' }))
  await call('getPublicExecutionEvents', () => market.getPublicExecutionEvents({ tradeable: 'PF_XBTUSD', count: 5 }))
  await call('getPublicOrderEvents', () => market.getPublicOrderEvents({ tradeable: 'PF_XBTUSD' }))
  await call('getPublicMarkPriceEvents', () => market.getPublicMarkPriceEvents({ tradeable: 'PF_XBTUSD' }))
  expect(
    (
      await call('checkTradingEnabledOnSubaccount', () =>
        user.checkTradingEnabledOnSubaccount({ subaccountId: subaccountUid }),
      )
    ).tradingEnabled,
  ).toBe(true)
  expect(
    (await call('setTradingOnSubaccount', () => user.setTradingOnSubaccount({ subaccountUid, trading_enabled: false })))
      .tradingEnabled,
  ).toBe(false)
  const added = await call('addAssignmentProgram', () =>
    user.addAssignmentProgram({
      contractType: 'flexible_futures',
      acceptLong: true,
      acceptShort: false,
      timeFrame: 'all',
      enabled: true,
    }),
  )
  await call('getAssignmentProgramCurrent', () => user.getAssignmentProgramCurrent())
  await call('deleteAssignmentProgram', () => user.deleteAssignmentProgram({ id: added.id }))
  await call('getAssignmentProgramHistory', () => user.getAssignmentProgramHistory())
  await call('getPortfolioMarginingParameters', () => user.getPortfolioMarginingParameters())
  await call('simulatePortfolio', () => user.simulatePortfolio({ json: { positions: { PF_XBTUSD: 1 } } }))
  expect((await call('checkApiKey', () => user.checkApiKey())).apiKey).toBe(account.futuresKey)
  await call('getSelfMarketShare', () => user.getSelfMarketShare())

  await call('initiateWalletTransfer', () =>
    funding.initiateWalletTransfer({ fromAccount: 'flex', toAccount: 'cash', unit: 'USD', amount: '10' }),
  )
  await call('initiateWithdrawalToSpotWallet', () =>
    funding.initiateWithdrawalToSpotWallet({ currency: 'USD', amount: '1' }),
  )
  await call('initiateSubaccountTransfer', () =>
    funding.initiateSubaccountTransfer({
      fromUser: masterAccountUid,
      toUser: subaccountUid,
      fromAccount: 'flex',
      toAccount: 'flex',
      unit: 'USD',
      amount: '1',
    }),
  )

  expect([...called].sort()).toEqual(Object.keys(futuresEndpoints).sort())
  expect(await simRequestCount(sim, account.key, 'POST /derivatives/api/v3/sendorder')).toBe(2)
  expect(await simRequestCount(sim, account.key, 'PUT /derivatives/api/v3/leveragepreferences')).toBe(1)
})
