import { expect, it } from 'vitest'
import { main } from './dca.js'
import { _exampleTestEnv } from './internal/_exampleTestEnv.js'

it('dca buys $50 worth each period over the WS path', async () => {
  const { env, lines, log } = await _exampleTestEnv()
  await main({ env, log, buys: 2, periodMs: 100 })
  const buys = lines.filter((line) => line.startsWith('DCA: '))
  expect(buys).toHaveLength(2)
  expect(buys[0]).toMatch(/^DCA: 0\.000\d+ BTC @ ~\d+/)
  expect(lines.filter((line) => line === '  (placeOrder via ws: ok)')).toHaveLength(2)
  expect(lines.at(-1)).toMatch(/^DCA done: 2 buys, XBT balance 2\.00/)
})
