import { expectTypeOf, test } from 'vitest'
import type { CreateOrderParameters } from './actions/trade/createOrder.js'
import type { GetOrdersStatusParameters } from './actions/trade/getOrdersStatus.js'
import type { Market } from './namespaces/Market.js'
import type { User } from './namespaces/User.js'

// Compile-time contracts (checked by `tsc --noEmit`; the runtime part is trivial).
test('decimals accept string | number; wire names are kept', () => {
  expectTypeOf<CreateOrderParameters['size']>().toEqualTypeOf<string | number>()
  expectTypeOf<CreateOrderParameters['limitPrice']>().toEqualTypeOf<string | number | undefined>()
  expectTypeOf<CreateOrderParameters['orderType']>().toEqualTypeOf<
    'lmt' | 'post' | 'ioc' | 'mkt' | 'stp' | 'take_profit' | 'trailing_stop'
  >()
  expectTypeOf<GetOrdersStatusParameters['cliOrdIds']>().toEqualTypeOf<string | string[] | undefined>()
})

test('python aliases are typed on the namespaces', () => {
  expectTypeOf<Parameters<User['checkTradingEnabledOnSubaccount']>[0]>().toMatchTypeOf<{ subaccountId?: string }>()
  expectTypeOf<Parameters<User['setTradingOnSubaccount']>[0]>().toMatchTypeOf<{ trading_enabled?: boolean }>()
  expectTypeOf<Market['getOhlcv']>().toEqualTypeOf<Market['getOhlc']>()
})
