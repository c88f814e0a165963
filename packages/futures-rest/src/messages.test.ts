import { expect, test } from 'vitest'
import { createOrder } from './actions/trade/createOrder.js'
import { createFuturesClient } from './createFuturesClient.js'
import { _checkFuturesBody } from './internal/_checkFuturesBody.js'

test('validation message names the parameter and the action', async () => {
  const error = await createOrder(createFuturesClient(), {
    orderType: 'lmt',
    symbol: 'PF_XBTUSD',
    side: 'buy',
    size: '0.01',
  }).then(
    () => undefined,
    (caught: Error) => caught,
  )
  expect(error?.message).toMatchInlineSnapshot(`
    "Invalid parameter "limitPrice" for createOrder: required for orderType "lmt"

    Code: EValidation
    Version: @k/futures-rest@0.0.0-test"
  `)
})

test('a sendStatus failure message', () => {
  const body = { result: 'success', sendStatus: { status: 'insufficientAvailableFunds', orderEvents: [] } }
  let caught: Error | undefined
  try {
    _checkFuturesBody(body, { endpoint: 'POST /derivatives/api/v3/sendorder', status: 200, sent: 'yes', body })
  } catch (error) {
    caught = error as Error
  }
  expect(caught?.name).toBe('KrakenInsufficientAvailableFundsError')
  expect(caught?.message.split('\n').slice(1)).toMatchInlineSnapshot(`
    [
      "",
      "What to do: Lower the size or add collateral.",
      "Endpoint: POST /derivatives/api/v3/sendorder",
      "Code: insufficientAvailableFunds",
      "Status: 200",
      "Docs: https://docs.kraken.com/api/docs/futures-api/trading/send-order",
      "Version: @k/futures-rest@0.0.0-test",
    ]
  `)
})
